package io.github.chancery.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The participants table of a UN Treaty Collection status page as the Collection publishes it in
 * XML ({@code .../MTDSG/Volume II/Chapter XXVII/XXVII-7-d.en.xml}): {@code
 * Treaty/Participants/Table/TGroup}, its header in {@code Thead/Row/Entry} and its rows in {@code
 * Tbody/Rows/Row/Entry}. A footnote number in a cell is kept as {@code <superscript>7</superscript>}
 * text, as the mapper reads it. The encoding is the one the document declares (ISO-8859-1). No
 * external entity or DTD is read. Not thread-safe.
 */
final class UntcXml {
  /** One row of the table: the line of its {@code Row} element and its cells. */
  static final class TableRow {
    final long line;
    final List<String> cells;

    TableRow(long line, List<String> cells) {
      this.line = line;
      this.cells = cells;
    }
  }

  final List<String> header = new ArrayList<>();
  final List<TableRow> rows = new ArrayList<>();

  private UntcXml() {}

  /** Reads the participants table; throws an ImportException when the document is not one. */
  static UntcXml read(InputStream in, String fileName) throws ImportException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    UntcXml table = new UntcXml();
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in);
      boolean inParticipants = false;
      boolean inHead = false;
      List<String> cells = null;
      long rowLine = 0;
      StringBuilder cell = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("Participants")) {
            inParticipants = true;
          } else if (inParticipants && name.equals("Thead")) {
            inHead = true;
          } else if (inParticipants && name.equals("Row")) {
            cells = new ArrayList<>();
            rowLine = xml.getLocation().getLineNumber();
          } else if (cells != null && name.equals("Entry")) {
            cell = new StringBuilder();
          } else if (cell != null && name.equals("superscript")) {
            cell.append("<superscript>");
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (cell != null) {
            cell.append(xml.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if (cell != null && name.equals("superscript")) {
            cell.append("</superscript>");
          } else if (cell != null && name.equals("Entry")) {
            cells.add(cell.toString());
            cell = null;
          } else if (cells != null && name.equals("Row")) {
            if (inHead) {
              table.header.addAll(cells);
            } else {
              table.rows.add(new TableRow(rowLine, cells));
            }
            cells = null;
          } else if (name.equals("Thead")) {
            inHead = false;
          } else if (name.equals("Participants")) {
            inParticipants = false;
          }
        }
      }
    } catch (XMLStreamException broken) {
      long line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNumber();
      throw new ImportException(fileName, line, "the XML breaks off or is not well-formed: " + broken.getMessage(), broken);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // the stream is the caller's to close; nothing was held
        }
      }
    }
    if (table.header.isEmpty()) {
      throw new ImportException(fileName, 0, "not a UN Treaty Collection status document: it has no Participants table with a "
          + "header row (Treaty/Participants/Table/TGroup/Thead/Row); the server's maintenance page is HTML, not this XML", null);
    }
    return table;
  }
}
