package io.github.chancery.json.jackson3.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The caller's own streams, as {@code ChanceryJson} reads and writes them with Jackson 3: Jackson
 * 3 wraps every {@link IOException} in its unchecked {@link JacksonIOException}, its own (bytes
 * in no encoding, a stream returning no bytes) and the stream's alike, where the engine promises
 * the stream's {@code IOException} itself, as with Jackson 2. The stream's own failures are
 * marked on their way through Jackson, so that they, and only they, come out as they went in.
 * Stateless.
 */
final class Streams {
  private Streams() {}

  /** The stream's own failure, on its way through Jackson 3. */
  private static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;

    Failed(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** Returns the caller's input, its failures marked. */
  static InputStream watched(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new Failed(e);
        }
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        try {
          return in.read(bytes, offset, length);
        } catch (IOException e) {
          throw new Failed(e);
        }
      }
    };
  }

  /** Returns the caller's output, its failures marked. */
  static OutputStream watched(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw new Failed(e);
        }
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
          out.write(bytes, offset, length); // at once, not a byte at a time as FilterOutputStream
        } catch (IOException e) {
          throw new Failed(e);
        }
      }

      @Override
      public void flush() throws IOException {
        try {
          out.flush();
        } catch (IOException e) {
          throw new Failed(e);
        }
      }

      @Override
      public void close() {
        // The caller's to close.
      }
    };
  }

  /**
   * Returns the stream's own failure that Jackson 3 wrapped, or null when the exception is
   * something else.
   *
   * @param thrown what Jackson threw
   * @return the stream's {@code IOException}, or null
   */
  static IOException ownFailure(RuntimeException thrown) {
    return thrown instanceof JacksonIOException && thrown.getCause() instanceof Failed ? (IOException) thrown.getCause().getCause() : null;
  }
}
