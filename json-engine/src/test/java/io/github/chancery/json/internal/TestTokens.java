package io.github.chancery.json.internal;

import io.github.chancery.json.internal.ParseFailure.Kind;
import io.github.chancery.json.limits.ReadLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * A small JSON tokenizer for the engine's tests, over characters: what a Jackson parser does for
 * the engine, without Jackson. Root values follow each other (what follows the first is the
 * engine's to find); text that is not JSON is a {@link ParseFailure}, {@code MALFORMED} or {@code
 * ENDS_EARLY}, with its one-based line and column; the string, name, number, nesting and document
 * limits are {@code LIMIT} failures. {@link #position()} counts characters from the start.
 */
public final class TestTokens implements TokenReader {
  private enum Expect { FIRST, NEXT, COLON }

  private static final class Frame {
    final boolean array;
    Expect expect = Expect.FIRST;
    String name;
    int index = -1;

    Frame(boolean array) {
      this.array = array;
    }
  }

  private final char[] in;
  private final int start;
  private final int end;
  private final ReadLimits limits;
  private final long maxLength;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int pos;
  private Token current;
  private String text;

  /**
   * Reads {@code length} characters of {@code in} from {@code offset}, under the limits.
   *
   * @param maxLength the longest text read, {@code Long.MAX_VALUE} for a stream or line
   */
  public TestTokens(char[] in, int offset, int length, ReadLimits limits, long maxLength) {
    this.in = in;
    this.start = offset;
    this.pos = offset;
    this.end = offset + length;
    this.limits = limits;
    this.maxLength = maxLength;
  }

  /** Reads a whole text under the default limits. */
  public static TestTokens of(String text) {
    return new TestTokens(text.toCharArray(), 0, text.length(), ReadLimits.defaults(), Long.MAX_VALUE);
  }

  @Override
  public Token next() throws IOException {
    current = read();
    limit(pos - start > maxLength, LimitMessages.document(maxLength));
    return current;
  }

  private Token read() throws IOException {
    skipSpace();
    Frame frame = frames.peek();
    if (frame == null) {
      return pos == end ? null : value();
    }
    if (pos == end) {
      throw failure(Kind.ENDS_EARLY);
    }
    char c = in[pos];
    if (frame.expect == Expect.COLON) {
      expect(':');
      frame.expect = Expect.NEXT;
      return value();
    }
    if (c == (frame.array ? ']' : '}')) {
      pos++;
      frames.pop();
      return text(frame.array ? Token.END_ARRAY : Token.END_OBJECT, null);
    }
    if (frame.expect == Expect.NEXT) {
      expect(',');
    }
    frame.expect = Expect.NEXT;
    if (frame.array) {
      frame.index++;
      return value();
    }
    if (pos == end || in[pos] != '"') {
      throw failure(pos == end ? Kind.ENDS_EARLY : Kind.MALFORMED);
    }
    frame.name = string();
    frame.expect = Expect.COLON;
    limit(frame.name.length() > limits.maxNameLength(), LimitMessages.name(limits.maxNameLength()));
    return Token.NAME;
  }

  private void expect(char c) throws ParseFailure {
    if (pos == end || in[pos] != c) {
      throw failure(pos == end ? Kind.ENDS_EARLY : Kind.MALFORMED);
    }
    pos++;
    skipSpace();
  }

  private Token value() throws IOException {
    if (pos == end) {
      throw failure(Kind.ENDS_EARLY);
    }
    char c = in[pos];
    if (c == '{' || c == '[') {
      limit(frames.size() >= limits.maxNestingDepth(), LimitMessages.nesting(limits.maxNestingDepth()));
      pos++;
      frames.push(new Frame(c == '['));
      return text(c == '[' ? Token.START_ARRAY : Token.START_OBJECT, null);
    }
    if (c == '"') {
      limit(string().length() > limits.maxStringLength(), LimitMessages.string(limits.maxStringLength()));
      return Token.STRING;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    for (Token literal : new Token[] {Token.TRUE, Token.FALSE, Token.NULL}) {
      String word = literal.name().toLowerCase(java.util.Locale.ROOT);
      int n = Math.min(word.length(), end - pos);
      if (String.valueOf(in, pos, n).equals(word.substring(0, n))) {
        pos += n;
        if (n < word.length()) {
          throw failure(Kind.ENDS_EARLY);
        }
        return text(literal, word);
      }
    }
    throw failure(Kind.MALFORMED);
  }

  /** Reads a whole string, so that a limit passed on it leaves the tokenizer after it. */
  private String string() throws ParseFailure {
    StringBuilder out = new StringBuilder();
    for (pos++; ; pos++) {
      if (pos == end) {
        throw failure(Kind.ENDS_EARLY);
      }
      char c = in[pos];
      if (c == '"') {
        pos++;
        break;
      } else if (c < 0x20) {
        throw failure(Kind.MALFORMED);
      } else if (c != '\\') {
        out.append(c);
      } else if (++pos == end || (pos + 4 >= end && in[pos] == 'u')) {
        throw failure(Kind.ENDS_EARLY);
      } else {
        int escape = "\"\\/bfnrtu".indexOf(in[pos]);
        if (escape < 0) {
          throw failure(Kind.MALFORMED);
        }
        if (escape < 8) {
          out.append("\"\\/\b\f\n\r\t".charAt(escape));
        } else {
          int unit = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[++pos], 16);
            if (digit < 0) {
              throw failure(Kind.MALFORMED);
            }
            unit = unit * 16 + digit;
          }
          out.append((char) unit);
        }
      }
    }
    text = out.toString();
    return text;
  }

  private Token number() throws ParseFailure {
    int from = pos;
    if (in[pos] == '-') {
      pos++;
    }
    int integer = digits();
    if (integer == 0 || (integer > 1 && in[pos - integer] == '0')) {
      throw failure(pos == end ? Kind.ENDS_EARLY : Kind.MALFORMED); // no digit, or a leading zero
    }
    boolean decimal = false;
    if (pos < end && in[pos] == '.') {
      pos++;
      decimal = true;
      if (digits() == 0) {
        throw failure(pos == end ? Kind.ENDS_EARLY : Kind.MALFORMED);
      }
    }
    if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
      pos++;
      decimal = true;
      if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw failure(pos == end ? Kind.ENDS_EARLY : Kind.MALFORMED);
      }
    }
    limit(pos - from > limits.maxNumberLength(), LimitMessages.number(limits.maxNumberLength()));
    return text(decimal ? Token.DECIMAL : Token.INTEGER, String.valueOf(in, from, pos - from));
  }

  private void limit(boolean passed, String message) throws ParseFailure {
    if (passed) {
      throw ParseFailure.limit(path(), message);
    }
  }

  private int digits() {
    int from = pos;
    while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
      pos++;
    }
    return pos - from;
  }

  private void skipSpace() {
    while (pos < end && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\n' || in[pos] == '\r')) {
      pos++;
    }
  }

  private Token text(Token token, String text) {
    this.text = text;
    return token;
  }

  /** A failure where the tokenizer stands: one-based line and column of the character at fault. */
  private ParseFailure failure(Kind kind) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < pos; i++) {
      if (in[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return ParseFailure.of(kind, path(), line, pos - lineStart + 1);
  }

  /** The path where the tokenizer stands, as a parser's context gives it. */
  private String path() {
    String path = Paths.ROOT;
    for (Iterator<Frame> outward = frames.descendingIterator(); outward.hasNext(); ) {
      Frame frame = outward.next();
      if (frame.array && frame.index >= 0) {
        path = Paths.index(path, frame.index);
      } else if (!frame.array && frame.name != null) {
        path = Paths.property(path, frame.name);
      }
    }
    return path;
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public boolean fitsInt() {
    BigInteger value = new BigInteger(text);
    return value.bitLength() < 32;
  }

  @Override
  public int intValue() {
    return Integer.parseInt(text);
  }

  @Override
  public BigDecimal decimalValue() {
    return new BigDecimal(text);
  }

  @Override
  public String numberText() {
    return text;
  }

  @Override
  public long position() {
    return pos - start;
  }
}
