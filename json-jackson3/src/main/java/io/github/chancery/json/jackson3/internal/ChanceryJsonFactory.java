package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.DataInputBytes;
import java.io.DataInput;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * The Jackson 3 factory of the mapper {@code ChanceryJson} hands out: Jackson's {@link
 * JsonFactory}, whose failures while making a parser, before a token is read (a text over {@code
 * maxDocumentLength}, bytes in no JSON encoding, an input that fails at once), are {@code
 * ChanceryJsonException}s, as they are once reading has begun. A string starting with a byte
 * order mark is read without it, as {@code ChanceryJson.read} reads it, and a {@code DataInput}
 * as a stream. Only public methods are overridden.
 *
 * <p>Immutable and thread-safe, as Jackson 3 factories are.
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
    super(source);
  }

  @Override
  public JsonFactory copy() {
    return new ChanceryJsonFactory(this);
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, String content) {
    String text = content != null && content.startsWith("\uFEFF") ? content.substring(1) : content;
    return made(() -> super.createParser(context, text));
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, char[] content, int offset, int length) {
    return made(() -> super.createParser(context, content, offset, length));
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, byte[] content, int offset, int length) {
    return made(() -> super.createParser(context, content, offset, length));
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, InputStream in) {
    return made(() -> super.createParser(context, in));
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, Reader reader) {
    return made(() -> super.createParser(context, reader));
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, File file) {
    return made(() -> super.createParser(context, file));
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, Path path) {
    return made(() -> super.createParser(context, path));
  }

  @Override
  public JsonParser createParser(ObjectReadContext context, DataInput in) {
    // Read as a stream, so that its end, its length and what follows the value are found as in
    // any stream, and as in the Jackson 2 artifact.
    return createParser(context, new DataInputBytes(in));
  }

  private static JsonParser made(Supplier<JsonParser> making) {
    try {
      return making.get();
    } catch (JacksonException e) {
      throw ParseFailures.from(e, null);
    }
  }
}
