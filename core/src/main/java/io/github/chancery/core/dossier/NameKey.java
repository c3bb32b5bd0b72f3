package io.github.chancery.core.dossier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared when a name as printed is matched with the actors of a
 * dossier: accents and other combining marks removed, lower case, runs of spaces made one. So
 * {@code "ZELENSKYY,  Volodymyr"} and {@code "zelenskyy, volodymyr"} match, {@code "Jean-Noël
 * Barrot"} matches {@code "Jean-Noel Barrot"}, and {@code "Łukasz"} matches {@code "Lukasz"};
 * word order and punctuation are kept, since they tell names apart. Stateless and thread-safe.
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private NameKey() {}

  static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return fold(SPACES.matcher(bare).replaceAll(" ").trim().toLowerCase(Locale.ROOT));
  }

  /**
   * Letters that carry their accent in themselves, with no combining mark to remove, written as
   * roll calls print them without it: Polish {@code ł}, Nordic {@code ø}, South Slavic {@code đ},
   * German {@code ß}, Turkish dotless {@code ı}.
   */
  private static String fold(String lower) {
    StringBuilder folded = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String plain;
      switch (c) {
        case 'ł':
          plain = "l";
          break;
        case 'ø':
          plain = "o";
          break;
        case 'đ':
          plain = "d";
          break;
        case 'ß':
          plain = "ss";
          break;
        case 'ı':
          plain = "i";
          break;
        case 'æ':
          plain = "ae";
          break;
        case 'œ':
          plain = "oe";
          break;
        case 'þ':
          plain = "th";
          break;
        default:
          plain = null;
      }
      if (plain != null && folded == null) {
        folded = new StringBuilder(lower.substring(0, i));
      }
      if (folded != null) {
        folded.append(plain != null ? plain : String.valueOf(c));
      }
    }
    return folded == null ? lower : folded.toString();
  }
}
