package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.format.InputAccessor;
import com.fasterxml.jackson.core.format.MatchStrength;
import io.github.chancery.json.internal.DataInputBytes;
import java.io.CharConversionException;
import java.io.DataInput;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;

/**
 * The Jackson 2 factory of the mapper {@code ChanceryJson} hands out: Jackson's {@link
 * JsonFactory}, whose failures while making a parser, before a token is read (a text over {@code
 * maxDocumentLength}, bytes in no JSON encoding), are {@code ChanceryJsonException}s, as they are
 * once reading has begun. A string starting with a byte order mark is read without it, as
 * {@code ChanceryJson.read} reads it. Only public methods are overridden.
 *
 * <p>Thread-safe, as any Jackson factory.
 */
public final class ChanceryJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a factory.
   *
   * @param builder the configured builder, with Chancery's limits
   */
  public ChanceryJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private ChanceryJsonFactory(ChanceryJsonFactory source) {
    super(source, null);
  }

  @Override
  public JsonFactory copy() {
    _checkInvalidCopy(ChanceryJsonFactory.class);
    return new ChanceryJsonFactory(this);
  }

  @Override
  public String getFormatName() {
    // Jackson names the format only for its own class; a DataInput, among others, needs it.
    return FORMAT_NAME_JSON;
  }

  @Override
  public MatchStrength hasFormat(InputAccessor accessor) throws IOException {
    // Jackson detects JSON only for its own class; format detection needs it.
    return hasJSONFormat(accessor);
  }

  @Override
  public JsonParser createParser(String content) throws IOException {
    String text = content != null && content.startsWith("\uFEFF") ? content.substring(1) : content;
    return made(() -> super.createParser(text));
  }

  @Override
  public JsonParser createParser(char[] content) throws IOException {
    return made(() -> super.createParser(content));
  }

  @Override
  public JsonParser createParser(char[] content, int offset, int length) throws IOException {
    return made(() -> super.createParser(content, offset, length));
  }

  @Override
  public JsonParser createParser(byte[] content) throws IOException {
    return made(() -> super.createParser(content));
  }

  @Override
  public JsonParser createParser(byte[] content, int offset, int length) throws IOException {
    return made(() -> super.createParser(content, offset, length));
  }

  @Override
  public JsonParser createParser(InputStream in) throws IOException {
    return made(() -> super.createParser(in));
  }

  @Override
  public JsonParser createParser(Reader reader) throws IOException {
    return made(() -> super.createParser(reader));
  }

  @Override
  public JsonParser createParser(File file) throws IOException {
    return made(() -> super.createParser(file));
  }

  @Override
  public JsonParser createParser(URL url) throws IOException {
    return made(() -> super.createParser(url));
  }

  @Override
  public JsonParser createParser(DataInput in) throws IOException {
    // Jackson 2 cannot count the bytes of a DataInput and so refuses one under a length limit;
    // read as a stream, its length is counted like any other's.
    return createParser(new DataInputBytes(in));
  }

  private static JsonParser made(Making making) throws IOException {
    try {
      return making.make();
    } catch (StreamConstraintsException | CharConversionException e) {
      throw ParseFailures.exception(ParseFailures.failure(e, null));
    }
  }

  /** Makes a parser. */
  @FunctionalInterface
  private interface Making {
    JsonParser make() throws IOException;
  }
}
