package io.github.chancery.json.internal.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that a mapper's read-and-close cannot close, so that when reading fails, where the
 * parser stood (before any value, after one, inside an object) can still be seen to say what
 * went wrong; the caller closes it after. Not thread-safe.
 */
public final class OpenUntilExplained extends JsonParserDelegate {
  /** Wraps a parser. */
  public OpenUntilExplained(JsonParser parser) {
    super(parser);
  }

  @Override
  public void close() {
    // Closed by whoever made this, once a failure was explained.
  }

  /** Closes the parser itself. */
  public void closeNow() throws IOException {
    delegate().close();
  }
}
