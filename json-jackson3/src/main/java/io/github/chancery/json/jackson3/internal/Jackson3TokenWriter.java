package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.TokenWriter;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
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
  public void startObject() {
    out.writeStartObject();
  }

  @Override
  public void endObject() {
    out.writeEndObject();
  }

  @Override
  public void startArray() {
    out.writeStartArray();
  }

  @Override
  public void endArray() {
    out.writeEndArray();
  }

  @Override
  public void name(String name) {
    out.writeName(name);
  }

  @Override
  public void propertyName(String name) {
    out.writeName(ENCODED.computeIfAbsent(name, SerializedString::new));
  }

  @Override
  public void string(String value) {
    out.writeString(value);
  }

  @Override
  public void number(int value) {
    if (raw) {
      out.writeRawValue(Integer.toString(value));
    } else {
      out.writeNumber(value);
    }
  }

  @Override
  public void number(long value) {
    if (raw) {
      out.writeRawValue(Long.toString(value));
    } else {
      out.writeNumber(value);
    }
  }

  @Override
  public void number(BigDecimal value) {
    if (raw) {
      out.writeRawValue(value.toString());
    } else {
      out.writeNumber(value);
    }
  }

  @Override
  public void raw(String text) {
    out.writeRaw(text);
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    out.close();
  }
}
