package io.github.chancery.imports;

import java.util.Locale;
import java.util.Map;

/**
 * The UN short names of participants this importer reads by name, with their ISO 3166-1 alpha-2
 * codes: a small table, documented in docs/import.md, of the names of the tests' fixtures and a
 * few frequent ones, with historical spellings. Other participants can be given by alpha-3 code.
 */
final class UntcParticipants {
  /** The European Union's name: an organisation, never a state. */
  static final String EUROPEAN_UNION = "european union";

  private static final Map<String, String> ALPHA_2 = Map.ofEntries(
      Map.entry("afghanistan", "AF"),
      Map.entry("belarus", "BY"),
      Map.entry("bolivia (plurinational state of)", "BO"),
      Map.entry("brazil", "BR"),
      Map.entry("canada", "CA"),
      Map.entry("china", "CN"),
      Map.entry("denmark", "DK"),
      Map.entry("france", "FR"),
      Map.entry("germany", "DE"),
      Map.entry("india", "IN"),
      Map.entry("iran (islamic republic of)", "IR"),
      Map.entry("japan", "JP"),
      Map.entry("netherlands", "NL"),
      Map.entry("netherlands (kingdom of the)", "NL"),
      Map.entry("russian federation", "RU"),
      Map.entry("state of palestine", "PS"),
      Map.entry("türkiye", "TR"),
      Map.entry("turkey", "TR"),
      Map.entry("united kingdom of great britain and northern ireland", "GB"),
      Map.entry("united states of america", "US"));

  private UntcParticipants() {}

  /** The alpha-2 code of a participant's name, or null when the table does not have it. */
  static String alpha2(String name) {
    return ALPHA_2.get(key(name));
  }

  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
