/**
 * Popolo import and export for Chancery's records: {@code io.github.chancery.popolo.Popolo} reads
 * a Popolo file into a dossier, with warnings for what it repaired or could not map, and writes a
 * dossier as one Popolo export document. It reads and writes through the JSON engine, with the
 * parser and generator of whichever JSON line the application has ({@code
 * io.github.chancery.json} for Jackson 2, {@code io.github.chancery.json.jackson3} for Jackson 3),
 * found with {@link java.util.ServiceLoader}; it imports no Jackson itself.
 */
module io.github.chancery.popolo {
  requires transitive io.github.chancery.json.engine;

  uses io.github.chancery.json.internal.JsonLine;

  exports io.github.chancery.popolo;
}
