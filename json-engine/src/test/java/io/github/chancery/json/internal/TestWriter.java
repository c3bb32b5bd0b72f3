package io.github.chancery.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small JSON generator for the engine's tests: compact UTF-8 JSON, commas between the values
 * of an object or array, nothing between root values but {@link #raw(String) raw} text; quotes,
 * backslashes and control characters escaped, everything else written as it is. Closing it
 * writes out what it holds and leaves the stream open, as a generator that does not own its
 * target does.
 */
public final class TestWriter implements TokenWriter {
  private final Writer out;
  /** For each open object or array, whether a value was written in it yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  /** Writes to a stream, which it never closes. */
  public TestWriter(OutputStream out) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  /** Writes the comma a value needs before it, if any. */
  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (!open.isEmpty()) {
      if (open.peek()[0]) {
        out.write(',');
      }
      open.peek()[0] = true;
    }
  }

  @Override
  public void startObject() throws IOException {
    beforeValue();
    out.write('{');
    open.push(new boolean[1]);
  }

  @Override
  public void endObject() throws IOException {
    open.pop();
    out.write('}');
  }

  @Override
  public void startArray() throws IOException {
    beforeValue();
    out.write('[');
    open.push(new boolean[1]);
  }

  @Override
  public void endArray() throws IOException {
    open.pop();
    out.write(']');
  }

  @Override
  public void name(String name) throws IOException {
    beforeValue();
    quote(name);
    out.write(':');
    afterName = true;
  }

  @Override
  public void string(String value) throws IOException {
    beforeValue();
    quote(value);
  }

  private void quote(String text) throws IOException {
    out.write('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int escape = "\"\\\b\f\n\r\t".indexOf(c);
      if (escape >= 0) {
        out.write('\\');
        out.write("\"\\bfnrt".charAt(escape));
      } else if (c < 0x20) {
        out.write(String.format("\\u%04X", (int) c));
      } else {
        out.write(c);
      }
    }
    out.write('"');
  }

  @Override
  public void number(int value) throws IOException {
    beforeValue();
    out.write(Integer.toString(value));
  }

  @Override
  public void number(long value) throws IOException {
    beforeValue();
    out.write(Long.toString(value));
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    beforeValue();
    out.write(value.toString());
  }

  @Override
  public void raw(String text) throws IOException {
    out.write(text);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
