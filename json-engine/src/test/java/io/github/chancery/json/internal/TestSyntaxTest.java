package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.json.internal.TokenReader.Token;
import io.github.chancery.json.limits.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test syntax is honest: the engine's other tests stand on it. */
final class TestSyntaxTest {
  private static List<String> tokens(String json) throws IOException {
    TokenReader in = TestTokens.of(json);
    List<String> tokens = new ArrayList<>();
    for (Token t = in.next(); t != null; t = in.next()) {
      tokens.add(t == Token.NAME || t == Token.STRING || t == Token.INTEGER || t == Token.DECIMAL ? t + ":" + in.text() : t.name());
    }
    return tokens;
  }

  private static String failureOf(String json) {
    ParseFailure failure = catchThrowableOfType(ParseFailure.class, () -> tokens(json));
    return failure.kind() + " " + failure.problem(0).path() + " " + failure.problem(0).message();
  }

  @Test
  void readsTheTokensOfADocumentWithItsEscapesAndNumbers() throws IOException {
    assertThat(tokens(" {\"a\\\"b\" : [1, -2.50, 3e2, \"\\u00e9\\n\\/\", true, false, null, {}, []]}\n"))
        .containsExactly(
            "START_OBJECT", "NAME:a\"b", "START_ARRAY", "INTEGER:1", "DECIMAL:-2.50", "DECIMAL:3e2", "STRING:é\n/",
            "TRUE", "FALSE", "NULL", "START_OBJECT", "END_OBJECT", "START_ARRAY", "END_ARRAY", "END_ARRAY", "END_OBJECT");
  }

  @Test
  void readsRootValuesOneAfterTheOtherLeavingWhatFollowsToTheEngine() throws IOException {
    assertThat(tokens("{} 1 \"x\"")).containsExactly("START_OBJECT", "END_OBJECT", "INTEGER:1", "STRING:x");
  }

  @Test
  void tellsWhetherAnIntegerFitsAnIntAndGivesDecimalsExactly() throws IOException {
    TokenReader in = TestTokens.of("[2147483647, 2147483648, -2147483648, 1.10]");
    in.next();
    in.next();
    assertThat(in.fitsInt()).isTrue();
    assertThat(in.intValue()).isEqualTo(Integer.MAX_VALUE);
    in.next();
    assertThat(in.fitsInt()).isFalse();
    in.next();
    assertThat(in.fitsInt()).isTrue();
    in.next();
    assertThat(in.decimalValue()).isEqualTo(new BigDecimal("1.10"));
  }

  @Test
  void reportsMalformedTextWithItsPathLineAndColumn() {
    assertThat(failureOf("{\"a\":\n  [1, 2,]}")).isEqualTo("MALFORMED $.a[2] the text is not well-formed JSON (line 2, column 9)");
    assertThat(failureOf("{\"a\" 1}")).isEqualTo("MALFORMED $.a the text is not well-formed JSON (line 1, column 6)");
    assertThat(failureOf("[01]")).startsWith("MALFORMED $[0] ");
    assertThat(failureOf("[\"tab\there\"]")).startsWith("MALFORMED $[0] ");
    assertThat(failureOf("nul!")).startsWith("MALFORMED $ ");
  }

  @Test
  void reportsTextThatEndsInsideAValue() {
    assertThat(failureOf("{\"a\":[1,")).isEqualTo("ENDS_EARLY $.a[1] the text ends before the JSON value is complete (line 1, column 9)");
    assertThat(failureOf("[\"open")).startsWith("ENDS_EARLY $[0] ");
    assertThat(failureOf("[tru")).startsWith("ENDS_EARLY $[0] ");
  }

  @Test
  void passesItsLimitsAsLimitFailuresInTheEnginesWords() {
    ReadLimits limits = ReadLimits.defaults().withMaxStringLength(3).withMaxNestingDepth(2).withMaxNumberLength(4).withMaxDocumentLength(20);
    TestSyntax syntax = new TestSyntax(limits);

    assertThat(limitOf(syntax, "[\"abcd\"]")).isEqualTo("$[0] " + LimitMessages.string(3));
    assertThat(limitOf(syntax, "[[[]]]")).isEqualTo("$[0][0] " + LimitMessages.nesting(2));
    assertThat(limitOf(syntax, "[12345]")).isEqualTo("$[0] " + LimitMessages.number(4));
    assertThat(limitOf(syntax, "[1,2,3,4,5,6,7,8,9,10,11]")).isEqualTo("$[9] " + LimitMessages.document(20));
  }

  private static String limitOf(TestSyntax syntax, String json) {
    ParseFailure failure = catchThrowableOfType(ParseFailure.class, () -> {
      TokenReader in = syntax.document(json);
      while (in.next() != null) {
        // read on
      }
    });
    assertThat(failure.kind()).isEqualTo(ParseFailure.Kind.LIMIT);
    return failure.problem(0).path() + " " + failure.problem(0).message();
  }

  @Test
  void readsBytesInUtf8OrUtf16AndRefusesBytesInNoEncoding() throws IOException {
    byte[] utf16 = "\uFEFF[\"é\"]".getBytes(StandardCharsets.UTF_16BE);
    TokenReader in = TestSyntax.DEFAULT.document(utf16);
    in.next();
    in.next();
    assertThat(in.text()).isEqualTo("é");

    ParseFailure failure = catchThrowableOfType(ParseFailure.class, () -> TestSyntax.DEFAULT.document(new byte[] {'[', (byte) 0xC3, ']'}));
    assertThat(failure.kind()).isEqualTo(ParseFailure.Kind.NOT_AN_ENCODING);
  }

  @Test
  void writesCompactJsonWithCommasOnlyInsideObjectsAndArrays() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TestWriter out = new TestWriter(bytes)) {
      out.startObject();
      out.name("a\"\\");
      out.startArray();
      out.string("line\nbreak\u0001é");
      out.number(1);
      out.number(2L);
      out.number(new BigDecimal("1.50"));
      out.startObject();
      out.endObject();
      out.endArray();
      out.propertyName("b");
      out.startArray();
      out.endArray();
      out.endObject();
      out.raw("\n");
      out.startArray();
      out.endArray();
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\\\"\\\\\":[\"line\\nbreak\\u0001é\",1,2,1.50,{}],\"b\":[]}\n[]");
  }
}
