package io.github.chancery.popolo;

import io.github.chancery.core.record.RecordType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link Popolo#write} did with each record of a dossier: the records it wrote as Popolo
 * objects ({@link #written()}), the records it did not write, each with its reason ({@link
 * #notWritten()}: a treaty, a statement, a protest note, a disputed entity, a source), and the
 * fields of written records that the document leaves out or gives in part, summed by record type
 * and field ({@link #lostFields()}: a motion's {@code text}, a vote's {@code method}).
 *
 * <pre>{@code
 * PopoloExport export = Popolo.write(dossier, out);
 * System.err.println(export);   // Popolo export: 208 records written; not written: 3 (1 treaty, 2 statements)
 * export.notWritten().forEach(System.err::println);   // treaty treaty-1: Popolo has no object for a treaty
 * export.lostFields().forEach(System.err::println);   // vote method, in 4 records: not written
 * }</pre>
 *
 * <p>Invariants: every record of the dossier is either written or not written, never both, so that
 * {@code written().size() + notWritten().size()} is the dossier's size; {@link #written()} is in
 * the order of the document, {@link #notWritten()} in the order of the dossier; a lost field
 * concerns written records only, each lost field once per record type, with one record or more.
 *
 * <p>Immutable and thread-safe.
 */
public final class PopoloExport {
  private final List<String> written;
  private final Map<RecordType, Integer> writtenByType;
  private final List<PopoloOmission> notWritten;
  private final List<PopoloLostField> lostFields;

  PopoloExport(
      List<String> written,
      Map<RecordType, Integer> writtenByType,
      List<PopoloOmission> notWritten,
      List<PopoloLostField> lostFields) {
    this.written = List.copyOf(written);
    this.writtenByType = Collections.unmodifiableMap(writtenByType.isEmpty() ? Map.of() : new EnumMap<>(writtenByType));
    this.notWritten = List.copyOf(notWritten);
    this.lostFields = List.copyOf(lostFields);
  }

  /**
   * Returns the ids of the records written as Popolo objects: persons, organizations (legislatures
   * and states among them), memberships, events (sessions), motions and vote events (votes).
   *
   * @return the ids, in the order of the document; unmodifiable, never null
   */
  public List<String> written() {
    return written;
  }

  /**
   * Returns how many records of each type were written as Popolo objects.
   *
   * @return the counts, in the order of {@link RecordType}, only of types of which one record or
   *     more was written; unmodifiable, never null
   */
  public Map<RecordType, Integer> writtenByType() {
    return writtenByType;
  }

  /**
   * Returns the records of the dossier not written as Popolo objects, each with its id, type and
   * the reason. A source is among them: Popolo has no object for it, and gives its URL and title
   * only in the {@code sources} of the written records that cite it, as its reason says.
   *
   * @return the records not written, in the order of the dossier; unmodifiable, never null, empty
   *     when every record was written
   */
  public List<PopoloOmission> notWritten() {
    return notWritten;
  }

  /**
   * Returns the fields of written records that the document leaves out or gives in part (a
   * motion's {@code text}, a session's name in several languages, a membership's local time of
   * day), each once per record type and field with the number of records concerned, as
   * docs/popolo.md lists them.
   *
   * @return the lost fields, in the order of {@link RecordType}, then of each type's fields;
   *     unmodifiable, never null, empty when every written record was written whole
   */
  public List<PopoloLostField> lostFields() {
    return lostFields;
  }

  /**
   * Returns a summary, such as {@code Popolo export: 208 records written; not written: 3 (1
   * treaty, 2 statements); 2 fields of written records not written whole}, or {@code Popolo
   * export: 12 records written; nothing left out}.
   */
  @Override
  public String toString() {
    StringBuilder summary = new StringBuilder("Popolo export: ").append(records(written.size())).append(" written");
    if (notWritten.isEmpty() && lostFields.isEmpty()) {
      return summary.append("; nothing left out").toString();
    }
    if (!notWritten.isEmpty()) {
      Map<RecordType, Long> byType =
          notWritten.stream()
              .collect(Collectors.groupingBy(PopoloOmission::recordType, () -> new EnumMap<>(RecordType.class), Collectors.counting()));
      summary.append("; not written: ").append(notWritten.size()).append(" (");
      summary.append(
          byType.entrySet().stream()
              .map(e -> e.getValue() + " " + ExportLedger.words(e.getKey(), e.getValue() != 1))
              .collect(Collectors.joining(", ")));
      summary.append(')');
    }
    if (!lostFields.isEmpty()) {
      summary.append("; ").append(lostFields.size()).append(lostFields.size() == 1 ? " field" : " fields");
      summary.append(" of written records not written whole");
    }
    return summary.toString();
  }

  private static String records(int count) {
    return count + (count == 1 ? " record" : " records");
  }
}
