package io.github.chancery.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A {@link TokenReader} over the parser of a JSON line: what is the same whichever parser reads.
 * The parser's kinds of token become the engine's by their names (Jackson 2's and Jackson 3's
 * differ only in {@code FIELD_NAME} and {@code PROPERTY_NAME}); a kind no JSON text holds (an
 * embedded object of a token buffer or tree) is a {@link ParseFailure}; a string is taken as a
 * known candidate without a copy when the parser lends its characters; and every exception the
 * parser throws while it reads is asked once of the line ({@link #failure(IOException)}, {@link
 * #failure(RuntimeException)}) whether it is a failure of the text. A line gives only the calls
 * of its parser.
 *
 * <p>Per token, it adds no allocation and no lambda to the parser's own work. Not thread-safe:
 * one reader per parser.
 *
 * @param <P> the line's parser
 */
public abstract class ParserTokens<P> implements TokenReader {
  /**
   * The engine's token for each of a parser's kinds of token, by the kind's name: Jackson 2 names
   * a property {@code FIELD_NAME}, Jackson 3 {@code PROPERTY_NAME}; the other names are the same.
   */
  private static final Map<String, Token> BY_NAME = Map.ofEntries(
      Map.entry("START_OBJECT", Token.START_OBJECT),
      Map.entry("END_OBJECT", Token.END_OBJECT),
      Map.entry("START_ARRAY", Token.START_ARRAY),
      Map.entry("END_ARRAY", Token.END_ARRAY),
      Map.entry("FIELD_NAME", Token.NAME),
      Map.entry("PROPERTY_NAME", Token.NAME),
      Map.entry("VALUE_STRING", Token.STRING),
      Map.entry("VALUE_NUMBER_INT", Token.INTEGER),
      Map.entry("VALUE_NUMBER_FLOAT", Token.DECIMAL),
      Map.entry("VALUE_TRUE", Token.TRUE),
      Map.entry("VALUE_FALSE", Token.FALSE),
      Map.entry("VALUE_NULL", Token.NULL));

  private final P parser;
  /** The engine's token by the ordinal of the parser's kind; null for a kind no JSON text holds. */
  private final Token[] tokens;
  private final KnownText known = new KnownText();
  private Token current;

  /**
   * Reads the parser's tokens, from its current one.
   *
   * @param parser the parser, on the first token to read or before it; not null
   * @param tokens the line's table, from {@link #tokensOf(Enum[])}
   * @param first the parser's current kind of token, or null before the first
   * @throws ParseFailure if the current token is one no JSON text holds
   */
  protected ParserTokens(P parser, Token[] tokens, Enum<?> first) throws ParseFailure {
    this.parser = parser;
    this.tokens = tokens;
    this.current = token(first);
  }

  /**
   * Returns the engine's token for each of a parser's kinds of token, indexed by the kind's
   * ordinal: {@code START_OBJECT}, {@code FIELD_NAME} or {@code PROPERTY_NAME}, {@code
   * VALUE_STRING} and so on; null for a kind that no JSON text holds, such as {@code
   * VALUE_EMBEDDED_OBJECT} or {@code NOT_AVAILABLE}.
   *
   * @param kinds every kind, as {@code JsonToken.values()} gives them; not null
   * @return the table, for the line to keep and give each reader
   */
  public static Token[] tokensOf(Enum<?>[] kinds) {
    Token[] table = new Token[kinds.length];
    for (Enum<?> kind : kinds) {
      table[kind.ordinal()] = BY_NAME.get(kind.name());
    }
    return table;
  }

  /**
   * Returns the parser read.
   *
   * @return the parser; never null
   */
  public final P parser() {
    return parser;
  }

  // --- what the line's parser does ---

  /**
   * Advances the parser: {@code nextToken()}.
   *
   * @return the parser's new kind of token, or null at the end of the input
   * @throws IOException what the parser throws
   */
  protected abstract Enum<?> nextKind() throws IOException;

  /**
   * Returns the text of the parser's current string or property name.
   *
   * @return the text
   * @throws IOException what the parser throws
   */
  protected abstract String string() throws IOException;

  /**
   * Gives the current string's characters to a matcher, if the parser holds them as characters.
   *
   * @param matcher the matcher; not null
   * @param <R> what it finds
   * @return what it found, or null
   * @throws IOException if the parser cannot read the string
   */
  protected abstract <R> R matchChars(CharsMatcher<R> matcher) throws IOException;

  /**
   * Returns whether the parser's current integer fits an {@code int}.
   *
   * @return true when it does
   * @throws IOException what the parser throws
   */
  protected abstract boolean isInt() throws IOException;

  /**
   * Returns the parser's current integer.
   *
   * @return the integer
   * @throws IOException what the parser throws
   */
  protected abstract int integer() throws IOException;

  /**
   * Returns the parser's current number exactly.
   *
   * @return the number
   * @throws IOException what the parser throws
   */
  protected abstract BigDecimal decimal() throws IOException;

  /**
   * Returns the failure of the text a checked exception of the parser is, where the parser
   * stands, or null when it is not one (the input itself failing), which is thrown as it is.
   * Jackson 2 throws its failures checked; by default none is a failure of the text.
   *
   * @param thrown what the parser threw; not null
   * @return the failure, or null
   */
  protected ParseFailure failure(IOException thrown) {
    return null;
  }

  /**
   * Returns what an unchecked exception of the parser is to the engine, where the parser stands:
   * a failure of the text, the input's own {@code IOException} (which a parser that throws only
   * unchecked exceptions wraps), or null when it is neither, which is thrown as it is. Jackson 3
   * throws its failures unchecked; by default none is either.
   *
   * @param thrown what the parser threw; not null
   * @return the failure of the text or of the input, or null
   */
  protected IOException failure(RuntimeException thrown) {
    return null;
  }

  /**
   * Returns the failure of a token that no JSON text holds, where the parser stands.
   *
   * @return the failure, {@code MALFORMED}
   */
  protected abstract ParseFailure notJson();

  // --- the engine's tokens ---

  private Token token(Enum<?> kind) throws ParseFailure {
    if (kind == null) {
      return null;
    }
    Token token = tokens[kind.ordinal()];
    if (token == null) {
      throw notJson();
    }
    return token;
  }

  private IOException failed(IOException thrown) {
    ParseFailure failure = failure(thrown);
    return failure != null ? failure : thrown;
  }

  private IOException failed(RuntimeException thrown) {
    IOException failure = failure(thrown);
    if (failure == null) {
      throw thrown;
    }
    return failure;
  }

  @Override
  public final Token next() throws IOException {
    Enum<?> kind;
    try {
      kind = nextKind();
    } catch (IOException e) {
      throw failed(e);
    } catch (RuntimeException e) {
      throw failed(e);
    }
    current = token(kind);
    return current;
  }

  @Override
  public final Token current() {
    return current;
  }

  @Override
  public final String text() throws IOException {
    try {
      return string();
    } catch (IOException e) {
      throw failed(e);
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  @Override
  public final String text(List<String> candidates) throws IOException {
    if (current == Token.STRING) {
      known.candidates = candidates;
      String known = match(this.known);
      if (known != null) {
        return known;
      }
    }
    return text();
  }

  @Override
  public final <R> R match(CharsMatcher<R> matcher) throws IOException {
    if (current != Token.STRING) {
      return null;
    }
    try {
      return matchChars(matcher);
    } catch (IOException e) {
      throw failed(e);
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  /** The candidate equal to the characters lent, or null; one per reader, so none is made per string. */
  private static final class KnownText implements CharsMatcher<String> {
    private List<String> candidates;

    @Override
    public String match(char[] chars, int offset, int length) {
      for (int c = 0, n = candidates.size(); c < n; c++) {
        String candidate = candidates.get(c);
        if (CharsMatcher.equal(candidate, chars, offset, length)) {
          return candidate;
        }
      }
      return null;
    }
  }

  @Override
  public final boolean fitsInt() throws IOException {
    try {
      return isInt();
    } catch (IOException e) {
      throw failed(e);
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  @Override
  public final int intValue() throws IOException {
    try {
      return integer();
    } catch (IOException e) {
      throw failed(e);
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  @Override
  public final BigDecimal decimalValue() throws IOException {
    try {
      return decimal();
    } catch (IOException e) {
      throw failed(e);
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  /** Returns the number's text: a parser gives a number's text as it was written. */
  @Override
  public final String numberText() throws IOException {
    return text();
  }
}
