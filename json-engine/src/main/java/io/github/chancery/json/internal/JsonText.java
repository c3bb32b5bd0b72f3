package io.github.chancery.json.internal;

/**
 * JSON strings written by hand where no generator is at work (the schemas, the text of a Popolo
 * object that an id is derived from, the conformance suite's trees): escaped as Jackson escapes
 * them, so that the same text gives the same characters everywhere. Stateless.
 */
public final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  /**
   * Appends a string as a JSON string: in quotes, with quotes, backslashes and control characters
   * escaped (backspace, tab, line feed, form feed and carriage return by their short escapes, the
   * others by their hexadecimal code), every other character as it is.
   *
   * @param out where to append; not null
   * @param text the string; not null
   * @return {@code out}
   */
  public static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"');
  }
}
