/**
 * Importers of published roll calls and treaty status: {@code io.github.chancery.imports.Importers}
 * names each publisher's format, and each {@code Importer} reads the publisher's files as published,
 * streaming, into a dossier or onto an NDJSON record stream, with a warning naming file, line and
 * column for whatever it cannot map, and the consistency report of what it imported. It reads CSV
 * with FastCSV and imports no Jackson: a record stream is written through the record writer of
 * whichever JSON line the application has, and JSON (the Open States scrapers') is read through
 * that line's parser.
 */
module io.github.chancery.imports {
  requires transitive io.github.chancery.json.engine;
  requires de.siegmar.fastcsv;
  requires java.xml;

  // The scrapers' JSON is read through the parser of whichever JSON line the application has.
  uses io.github.chancery.json.internal.JsonLine;

  exports io.github.chancery.imports;
}
