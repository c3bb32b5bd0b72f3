package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.TokenWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;

/** The engine's tokens written to a Jackson 3 {@link JsonGenerator}. Not thread-safe. */
public final class Jackson3TokenWriter implements TokenWriter {
  // The format's property names, encoded once: a fixed set of a few dozen, never names from data.
  private static final ConcurrentHashMap<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

  private final JsonGenerator out;
  // A mapper may ask for numbers as strings, or decimals without exponents; the wire format has
  // its own numbers, so then they are written raw. A token buffer (convertValue, valueToTree)
  // keeps numbers as numbers, and would keep raw text as an opaque value: only a text generator
  // gets raw numbers.
  private final boolean raw;
  private char[] characters = new char[16]; // lent to print dates into, one array per writer

  /**
   * Creates a writer to a generator.
   *
   * @param out the generator
   */
  public Jackson3TokenWriter(JsonGenerator out) {
    this.out = out;
    this.raw =
        out instanceof tools.jackson.core.json.JsonGeneratorBase
            && (out.isEnabled(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                || ((tools.jackson.core.json.JsonGeneratorBase) out).isEnabled(tools.jackson.core.json.JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS));
  }

  @Override
  public void startObject() throws IOException {
    try {
      out.writeStartObject();
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void endObject() throws IOException {
    try {
      out.writeEndObject();
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void startArray() throws IOException {
    try {
      out.writeStartArray();
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void endArray() throws IOException {
    try {
      out.writeEndArray();
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void name(String name) throws IOException {
    try {
      out.writeName(name);
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void propertyName(String name) throws IOException {
    try {
      SerializedString encoded = ENCODED.get(name); // a plain read: computeIfAbsent may lock the bin
      if (encoded == null) {
        encoded = ENCODED.computeIfAbsent(name, SerializedString::new);
      }
      out.writeName(encoded);
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void string(String value) throws IOException {
    try {
      out.writeString(value);
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    try {
      out.writeString(chars, offset, length);
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public char[] characters(int length) {
    if (characters.length < length) {
      characters = new char[length];
    }
    return characters;
  }

  @Override
  public void number(int value) throws IOException {
    try {
      if (raw) {
        out.writeRawValue(Integer.toString(value));
      } else {
        out.writeNumber(value);
      }
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void number(long value) throws IOException {
    try {
      if (raw) {
        out.writeRawValue(Long.toString(value));
      } else {
        out.writeNumber(value);
      }
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    try {
      if (raw) {
        out.writeRawValue(value.toString());
      } else {
        out.writeNumber(value);
      }
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void raw(String text) throws IOException {
    try {
      out.writeRaw(text);
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (JacksonIOException e) {
      throw failed(e);
    }
  }

  /**
   * The failure of the caller's stream {@code ChanceryJson} gave the generator, as the stream threw
   * it; any other failure as Jackson threw it.
   */
  private static IOException failed(JacksonIOException thrown) {
    IOException own = Streams.ownFailure(thrown);
    if (own == null) {
      throw thrown;
    }
    return own;
  }
}
