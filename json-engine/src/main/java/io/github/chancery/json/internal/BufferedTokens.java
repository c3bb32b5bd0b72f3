package io.github.chancery.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The tokens of one object, held so that they can be read again: for a record whose {@code type}
 * does not come first, which cannot be read into its shape before the type is known. Canonical
 * documents never need it. Not thread-safe.
 */
final class BufferedTokens implements TokenReader {
  private Token[] tokens = new Token[64];
  private String[] texts = new String[64];
  private int size;
  private int position = -1;

  private BufferedTokens() {}

  /**
   * Holds the rest of the object the reader is in, from its current token (the one after the
   * object's start) to the object's end, behind a start of its own. The reader is left on the
   * object's end.
   */
  static BufferedTokens restOfObject(TokenReader in) throws IOException {
    BufferedTokens held = new BufferedTokens();
    held.add(Token.START_OBJECT, null);
    int depth = 1;
    for (Token t = in.current(); ; t = in.next()) {
      if (t == null) {
        throw ParseFailure.of(ParseFailure.Kind.ENDS_EARLY, Paths.ROOT, 0, 0);
      }
      switch (t) {
        case START_OBJECT:
        case START_ARRAY:
          depth++;
          held.add(t, null);
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          held.add(t, null);
          break;
        case NAME:
        case STRING:
          held.add(t, in.text());
          break;
        case INTEGER:
        case DECIMAL:
          held.add(t, in.numberText());
          break;
        default:
          held.add(t, null);
      }
      if (depth == 0) {
        return held;
      }
    }
  }

  private void add(Token token, String text) {
    if (size == tokens.length) {
      tokens = Arrays.copyOf(tokens, size * 2);
      texts = Arrays.copyOf(texts, size * 2);
    }
    tokens[size] = token;
    texts[size] = text;
    size++;
  }

  /** Returns the string value of a top-level property, or null when it has none. */
  String topLevelString(String name) throws IOException {
    rewind();
    return seek(name) && current() == Token.STRING ? text() : null;
  }

  /** Moves to the value of the first top-level property of this name; false when there is none. */
  boolean seek(String name) throws IOException {
    rewind();
    for (Token t = next(); t == Token.NAME; t = next()) {
      boolean match = name.equals(text());
      next();
      if (match) {
        return true;
      }
      skipValue();
    }
    return false;
  }

  /** Moves back to the object's start. */
  void rewind() {
    position = 0;
  }

  @Override
  public Token next() {
    if (position + 1 >= size) {
      position = size;
      return null;
    }
    return tokens[++position];
  }

  @Override
  public Token current() {
    return position >= 0 && position < size ? tokens[position] : null;
  }

  @Override
  public String text() {
    return texts[position];
  }

  @Override
  public boolean fitsInt() {
    try {
      Integer.parseInt(texts[position]);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public int intValue() {
    return Integer.parseInt(texts[position]);
  }

  @Override
  public BigDecimal decimalValue() {
    return new BigDecimal(texts[position]);
  }

  @Override
  public String numberText() {
    return texts[position];
  }

  /** Held tokens are not counted: a held object was read through a reader that counts. */
  @Override
  public long position() {
    return -1;
  }
}
