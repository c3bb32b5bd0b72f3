package io.github.chancery.popolo;

import io.github.chancery.json.internal.JsonLines;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.limits.ReadLimits;
import java.io.IOException;

/**
 * JSON text read into the import's own {@link JsonTree}, with the parser of the JSON line the test
 * execution has (Jackson 2 alone, or Jackson 3 alone; see popolo/pom.xml), so that the tests
 * compare and print JSON without importing either Jackson. Two trees are equal when they hold
 * the same values: objects whatever the order of their keys, whole numbers as numbers, numbers
 * with a fraction or an exponent as the double they read to, as Jackson's trees compare them. A key
 * given twice, or anything after the value, is refused. Test code only.
 */
final class TestJson {
  private static final JsonSyntax SYNTAX = JsonLines.preferred().syntax(ReadLimits.defaults());

  private TestJson() {}

  /**
   * Reads one JSON value.
   *
   * @param text the value's text
   * @return the value
   * @throws IOException if the text is not one JSON value
   */
  static JsonTree parse(String text) throws IOException {
    try (TokenReader in = SYNTAX.document(text)) {
      in.next();
      JsonTree value = JsonTree.read(in, "$");
      if (in.next() != null) {
        throw new IOException("there is more after the JSON value");
      }
      return value;
    }
  }
}
