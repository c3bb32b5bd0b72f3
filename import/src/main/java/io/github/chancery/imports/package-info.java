/**
 * Importers of published data, one per publisher's format ({@link
 * io.github.chancery.imports.Importers}): each reads the files as published into a dossier or an
 * NDJSON record stream, never drops a row silently ({@link io.github.chancery.imports.ImportWarning}
 * names file, line and column) and runs the consistency report on what it imported ({@link
 * io.github.chancery.imports.ImportResult}). docs/import.md gives the mapping of every column.
 */
package io.github.chancery.imports;
