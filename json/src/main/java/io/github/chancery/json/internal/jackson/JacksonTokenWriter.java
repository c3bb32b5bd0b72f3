package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.chancery.json.internal.TokenWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;

/** The engine's tokens written to a Jackson 2 {@link JsonGenerator}. Not thread-safe. */
public final class JacksonTokenWriter implements TokenWriter {
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
   * @param out the generator; not null
   */
  @SuppressWarnings("deprecation")
  public JacksonTokenWriter(JsonGenerator out) {
    this.out = out;
    this.raw =
        out instanceof com.fasterxml.jackson.core.json.JsonGeneratorImpl
            && (out.isEnabled(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS) || out.isEnabled(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN));
  }

  @Override
  public void startObject() throws IOException {
    out.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    out.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    out.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    out.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    out.writeFieldName(name);
  }

  @Override
  public void propertyName(String name) throws IOException {
    SerializedString encoded = ENCODED.get(name); // a plain read: computeIfAbsent may lock the bin
    if (encoded == null) {
      encoded = ENCODED.computeIfAbsent(name, SerializedString::new);
    }
    out.writeFieldName(encoded);
  }

  @Override
  public void string(String value) throws IOException {
    out.writeString(value);
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    out.writeString(chars, offset, length);
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
    if (raw) {
      out.writeRawValue(Integer.toString(value));
    } else {
      out.writeNumber(value);
    }
  }

  @Override
  public void number(long value) throws IOException {
    if (raw) {
      out.writeRawValue(Long.toString(value));
    } else {
      out.writeNumber(value);
    }
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    if (raw) {
      out.writeRawValue(value.toString());
    } else {
      out.writeNumber(value);
    }
  }

  @Override
  public void raw(String text) throws IOException {
    out.writeRaw(text);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
