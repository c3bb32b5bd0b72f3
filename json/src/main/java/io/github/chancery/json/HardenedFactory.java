package io.github.chancery.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import io.github.chancery.json.internal.jackson.ParseFailures;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The JSON factory of {@link ChanceryMapper}. A text or byte array held in memory is measured
 * against the document length limit before it is parsed at all, wherever an application hands it
 * to the mapper; this factory says so in Chancery's words instead of the parser's.
 */
final class HardenedFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  HardenedFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private HardenedFactory(HardenedFactory source) {
    super(source, null);
  }

  @Override
  public JsonFactory copy() {
    _checkInvalidCopy(HardenedFactory.class);
    return new HardenedFactory(this);
  }

  @Override
  protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    try {
      return super._createParser(data, offset, length, context, recyclable);
    } catch (StreamConstraintsException e) {
      throw ParseFailures.from(e, null);
    }
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
    try {
      return super._createParser(data, offset, length, context);
    } catch (StreamConstraintsException e) {
      throw ParseFailures.from(e, null);
    } catch (CharConversionException e) {
      throw ParseFailures.notAnEncoding();
    }
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
    try {
      return super._createParser(in, context);
    } catch (CharConversionException e) {
      // The encoding is found from the first bytes, when the parser is made.
      throw ParseFailures.notAnEncoding();
    }
  }
}
