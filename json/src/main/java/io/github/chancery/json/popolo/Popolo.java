package io.github.chancery.json.popolo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.limits.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes Popolo (popoloproject.com), the JSON form most published legislative data
 * takes: parliament monitors, Open Civic Data, EveryPolitician.
 *
 * <pre>{@code
 * PopoloImport imported = Popolo.read(Path.of("ep-popolo-v1.0.json"));
 * imported.warnings().forEach(System.err::println);   // what could not be mapped, with its path
 * ConsistencyReport report = imported.dossier().check();
 * Popolo.write(imported.dossier(), out);              // one Popolo export document
 * }</pre>
 *
 * <p>A file may hold one Popolo object, an array of them, or an export document with any of
 * {@code persons}, {@code organizations}, {@code memberships}, {@code posts}, {@code areas},
 * {@code events}, {@code motions}, {@code vote_events}, {@code votes} and {@code counts}. Real
 * exports are messy: what cannot be mapped is listed as a {@link PopoloWarning} with its path,
 * what can be repaired (an id with spaces, a tag written {@code en_US}, a vote event without an
 * id) is repaired and said so, and nothing is dropped silently. docs/popolo.md gives the mapping
 * of every field both ways. Stateless and thread-safe.
 */
public final class Popolo {
  private static final JsonFactory FACTORY = factory(ReadLimits.defaults());

  private Popolo() {}

  private static JsonFactory factory(ReadLimits limits) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxDocumentLength())
                .build())
        // Keys given twice are refused by the reader, with the rule duplicate-key and their path.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * Reads a Popolo file.
   *
   * @param in the file's bytes, UTF-8; not closed
   * @return the dossier of what was mapped, and the warnings
   * @throws ChanceryJsonException if the input is not JSON, or not Popolo at all, with its path
   * @throws IOException if the stream cannot be read
   */
  public static PopoloImport read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new PopoloReader(FACTORY).read(new NonClosing(in));
  }

  /**
   * Reads a Popolo file.
   *
   * @param file the file
   * @return the dossier of what was mapped, and the warnings
   * @throws ChanceryJsonException if the file is not JSON, or not Popolo at all, with its path
   * @throws IOException if the file cannot be read
   */
  public static PopoloImport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Writes a dossier's persons, organisations, legislatures, states, memberships, sessions,
   * motions and votes as one Popolo export document.
   *
   * @param dossier the dossier
   * @param out where the document goes, UTF-8; flushed, not closed
   * @throws IOException if the stream cannot be written
   */
  public static void write(Dossier dossier, OutputStream out) throws IOException {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      new PopoloWriter(dossier, generator).write();
    }
  }

  /** Keeps the parser from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller's to close
    }
  }
}
