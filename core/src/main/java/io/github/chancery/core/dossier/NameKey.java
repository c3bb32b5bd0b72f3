package io.github.chancery.core.dossier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared when a name as printed is matched with the actors of a
 * dossier: accents and other combining marks removed, lower case, runs of spaces made one. So
 * {@code "ZELENSKYY,  Volodymyr"} and {@code "zelenskyy, volodymyr"} match, and {@code "Jean-Noël
 * Barrot"} matches {@code "Jean-Noel Barrot"}; word order and punctuation are kept, since they
 * tell names apart. Stateless and thread-safe.
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private NameKey() {}

  static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }
}
