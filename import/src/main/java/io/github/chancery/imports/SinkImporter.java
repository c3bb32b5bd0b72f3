package io.github.chancery.imports;

import io.github.chancery.json.format.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An importer that reads one file onto a sink: into a dossier ({@link #read(InputStream, String)})
 * or onto a record stream ({@link #stream(InputStream, String, RecordWriter, ImportProgress)}), the
 * same code either way. Stateless and thread-safe, as its subclasses are.
 */
abstract class SinkImporter implements Importer {
  SinkImporter() {}

  @Override
  public ImportResult read(InputStream in, String fileName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    return importOnto(in, fileName, ImportSink.dossier(fileName), ImportProgress.none());
  }

  @Override
  public ImportResult stream(InputStream in, String fileName, RecordWriter out, ImportProgress progress) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    return importOnto(in, fileName, ImportSink.writer(fileName, out), progress);
  }

  /** Imports one file, the arguments checked, onto the sink: a dossier or a record stream. */
  abstract ImportResult importOnto(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException;
}
