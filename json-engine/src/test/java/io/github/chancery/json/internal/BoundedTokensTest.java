package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.json.internal.TokenReader.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BoundedTokensTest {
  /** A reader of a JSON array, on its first element's first token. */
  private static TokenReader onFirstElement(String array) throws IOException {
    TokenReader in = TestTokens.of(array);
    in.next();
    in.next();
    return in;
  }

  private static List<Token> rest(TokenReader in) throws IOException {
    List<Token> tokens = new ArrayList<>();
    for (Token t = in.next(); t != null; t = in.next()) {
      tokens.add(t);
    }
    return tokens;
  }

  @Test
  void passesTheTokensOfAValueWithinItsBound() throws IOException {
    TokenReader in = onFirstElement("[{\"id\":\"a\",\"n\":[1]},2]");
    BoundedTokens element = new BoundedTokens(in, 100);

    assertThat(element.next()).isEqualTo(Token.NAME);
    assertThat(element.text()).isEqualTo("id");
    assertThat(element.next()).isEqualTo(Token.STRING);
    element.next();
    element.next();
    element.skipValue();
    assertThat(element.current()).isEqualTo(Token.END_ARRAY);
    assertThat(element.next()).isEqualTo(Token.END_OBJECT);
    assertThat(in.next()).isEqualTo(Token.INTEGER);
  }

  @Test
  void stopsAsSoonAsTheValueRunsPastItsBound() throws IOException {
    TokenReader in = onFirstElement("[{\"id\":\"" + "a".repeat(50) + "\",\"n\":1},{\"id\":\"b\"}]");
    BoundedTokens element = new BoundedTokens(in, 20);

    assertThat(element.next()).isEqualTo(Token.NAME);
    assertThatThrownBy(element::next).isInstanceOf(BoundedTokens.TooLong.class).hasMessage("the value is longer than the limit");
  }

  @Test
  void skipsTheRestOfAValueToItsEndReadyForTheNextOne() throws IOException {
    TokenReader in = onFirstElement("[{\"id\":\"" + "a".repeat(50) + "\",\"n\":{\"m\":[1,[2]]}},{\"id\":\"b\"}]");
    BoundedTokens element = new BoundedTokens(in, 20);
    element.next();
    try {
      element.next();
    } catch (BoundedTokens.TooLong expected) {
      // skipped below
    }

    assertThat(element.skipRest()).isTrue();
    assertThat(in.current()).isEqualTo(Token.END_OBJECT);
    assertThat(rest(in)).containsExactly(Token.START_OBJECT, Token.NAME, Token.STRING, Token.END_OBJECT, Token.END_ARRAY);
  }

  @Test
  void aScalarValueHasNoRestToSkip() throws IOException {
    TokenReader in = onFirstElement("[12,13]");
    BoundedTokens element = new BoundedTokens(in, 1);

    assertThat(element.skipRest()).isTrue();
    assertThat(in.next()).isEqualTo(Token.INTEGER);
  }

  @Test
  void cannotFindTheEndOfAValueThatIsCutOffOrMalformed() throws IOException {
    assertThat(new BoundedTokens(onFirstElement("[{\"a\":[1,2"), 100).skipRest()).isFalse();
    assertThat(new BoundedTokens(onFirstElement("[{\"a\":[1,2 3]}]"), 100).skipRest()).isFalse();
  }
}
