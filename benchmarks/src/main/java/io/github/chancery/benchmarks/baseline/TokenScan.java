package io.github.chancery.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * The floor of reading: a Jackson streaming parser that goes through every token of a document
 * (or of a stream of root values, such as NDJSON) and reads every name, text and number, building
 * nothing. Whatever a reader of records costs above this is the cost of the objects it builds
 * and of its checks.
 *
 * <p>Thread-safe: the factory is shared, each scan has its own parser.
 */
public final class TokenScan {
  private final JsonFactory factory;

  /**
   * Returns a scan with its own default factory; create it once and reuse it.
   *
   * @return the scan
   */
  public static TokenScan create() {
    return new TokenScan(new JsonFactory());
  }

  private TokenScan(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * Reads every token of the JSON.
   *
   * @param in UTF-8 JSON, one or more root values; closed
   * @return a checksum of the tokens, names, texts and numbers read, so that none is skipped
   * @throws IOException if the stream fails or is not JSON
   */
  public long scan(InputStream in) throws IOException {
    long checksum = 0;
    try (JsonParser parser = factory.createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        checksum = 31 * checksum + token.ordinal();
        switch (token) {
          case FIELD_NAME:
            checksum += parser.currentName().length();
            break;
          case VALUE_STRING:
            checksum += parser.getText().length();
            break;
          case VALUE_NUMBER_INT:
            checksum += parser.getLongValue();
            break;
          case VALUE_NUMBER_FLOAT:
            checksum += parser.getDecimalValue().unscaledValue().longValue();
            break;
          default:
            break;
        }
      }
    }
    return checksum;
  }
}
