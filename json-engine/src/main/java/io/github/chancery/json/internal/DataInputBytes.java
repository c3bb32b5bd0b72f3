package io.github.chancery.json.internal;

import java.io.DataInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The bytes of a {@link DataInput} as a stream, which ends where the input does, so that a
 * document given as a {@code DataInput} is read, counted and checked for what follows it as one
 * given as a stream is. Not thread-safe, as the input is not.
 */
public final class DataInputBytes extends InputStream {
  private final DataInput in;

  /**
   * Reads the given input.
   *
   * @param in the input; not null
   */
  public DataInputBytes(DataInput in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read() throws IOException {
    try {
      return in.readUnsignedByte();
    } catch (EOFException end) {
      return -1;
    }
  }
}
