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

  /**
   * Creates a writer to a generator.
   *
   * @param out the generator
   */
  public Jackson3TokenWriter(JsonGenerator out) {
    this.out = out;
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

  // Raw, so that no setting of the mapper (numbers as strings, plain decimals) changes the text.
  @Override
  public void number(int value) {
    out.writeRawValue(Integer.toString(value));
  }

  @Override
  public void number(long value) {
    out.writeRawValue(Long.toString(value));
  }

  @Override
  public void number(BigDecimal value) {
    out.writeRawValue(value.toString());
  }
}
