package io.github.chancery.json.internal;

import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * What a JSON line (Jackson 2 or Jackson 3) gives the engine, for one configuration of limits:
 * parsers behind the engine's {@link TokenReader}, generators behind its {@link TokenWriter}, the
 * reading and writing of an application's own types through the line's mapper, and the line's
 * exception. Everything else about the format (records, documents, streams, the whole-value read
 * sequence, problems and their words) is the engine's, once for every line.
 *
 * <p>Readers throw {@link ParseFailure} for text the parser cannot read, and plain {@link
 * IOException}s for an input that fails. No reader or writer closes the stream it was given: the
 * engine closes what it documents as closed. Implementations are immutable and thread-safe.
 */
public interface JsonSyntax {
  /**
   * Returns a reader of one whole document, with every limit; the byte order mark of a text that
   * starts with one is skipped.
   *
   * @param text the document; not null
   * @return the reader, before the first token
   * @throws IOException if a limit is passed before the first token ({@link ParseFailure})
   */
  TokenReader document(String text) throws IOException;

  /**
   * Returns a reader of one whole document in UTF-8, UTF-16 or UTF-32, with every limit.
   *
   * @param bytes the document; not null
   * @return the reader, before the first token
   * @throws IOException if the bytes are in no encoding, or a limit is passed before the first
   *     token ({@link ParseFailure})
   */
  TokenReader document(byte[] bytes) throws IOException;

  /**
   * Returns a reader of one whole document from a stream, with every limit.
   *
   * @param in the document's bytes; not closed by the reader
   * @return the reader, before the first token
   * @throws IOException if the stream fails, or its bytes are in no encoding ({@link ParseFailure})
   */
  TokenReader document(InputStream in) throws IOException;

  /**
   * Returns a reader of a stream of records (a JSON array) of any length: every limit but the
   * length of the whole document.
   *
   * @param in the stream; not closed by the reader
   * @return the reader, before the first token
   * @throws IOException if the stream fails, or its bytes are in no encoding ({@link ParseFailure})
   */
  TokenReader stream(InputStream in) throws IOException;

  /**
   * Returns a reader of one line of an NDJSON stream, decoded already: every limit but the length
   * of the whole document.
   *
   * @param chars the buffer holding the line; read in place, not copied
   * @param offset where the line starts
   * @param length the line's length in characters
   * @return the reader, before the first token
   * @throws IOException if a limit is passed before the first token ({@link ParseFailure})
   */
  TokenReader line(char[] chars, int offset, int length) throws IOException;

  /**
   * Returns a reader of the lines of an NDJSON stream that are fed to it one after another, as
   * UTF-8 bytes, each ended by a line break: one parser for the lines of a whole stream, where a
   * parser for each line would make its objects anew for every line. Every limit but the length
   * of the whole document applies. Null when the line cannot read lines so.
   *
   * @return the reader, or null
   * @throws IOException if the parser cannot be made
   */
  default FedLines fedLines() throws IOException {
    return null;
  }

  /**
   * Returns a writer of UTF-8 JSON to a stream, writing values one after the other with nothing
   * between them but what is written with {@link TokenWriter#raw(String)}.
   *
   * @param out where to write; not closed by the writer
   * @return the writer; closing it writes out what it holds
   * @throws IOException if the stream fails
   */
  TokenWriter writer(OutputStream out) throws IOException;

  /**
   * Reads a value of an application's own type through the line's mapper, from the reader's
   * current token, as the line's mapper would (Chancery's values inside it read strictly).
   *
   * @param in a reader this syntax made, on the value's first token
   * @param type the application's type
   * @param <T> the type
   * @return the value read
   * @throws IOException if the text cannot be read ({@link ParseFailure}), or the line's mapper
   *     refuses the value in its own exception
   */
  <T> T readOther(TokenReader in, Class<T> type) throws IOException;

  /**
   * Writes a value that is not a record through the line's mapper: a value or part of records, a
   * dossier or report on one line, or an application's own object.
   *
   * @param out where to write; not closed
   * @param value the value; not null
   * @throws IOException if the stream fails
   */
  void writeOther(OutputStream out, Object value) throws IOException;

  /**
   * Returns the line's exception for problems found: a checked {@code IOException} in a line whose
   * exceptions are checked (Jackson 2), an unchecked one in a line whose are not (Jackson 3).
   *
   * @param problems what was found, at least one
   * @param recordIndex the zero-based index of the record in its stream, or -1
   * @param line the one-based line of an NDJSON file, or -1
   * @return the exception, an {@code IOException} or a {@code RuntimeException}
   */
  Exception failure(List<JsonProblem> problems, long recordIndex, long line);

  /**
   * Returns the line's exception for problems of a whole document, to throw: one that is
   * unchecked is thrown here, so that {@code throw syntax.raise(problems)} throws either.
   *
   * @param problems what was found, at least one
   * @return the line's checked exception, to throw
   */
  default IOException raise(List<JsonProblem> problems) {
    return raise(failure(problems, -1, -1));
  }

  /**
   * Returns a line's exception to throw: one that is unchecked is thrown here.
   *
   * @param failure the line's exception, an {@code IOException} or a {@code RuntimeException}
   * @return the exception when it is checked, to throw
   */
  static IOException raise(Exception failure) {
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    return (IOException) failure;
  }
}
