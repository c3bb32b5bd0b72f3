package io.github.chancery.imports;

import java.util.Map;

/** The six issue codes of Voeten's data, as the codebook and {@code unvotes} name them. */
final class VoetenIssues {
  /** The codes in the order of the raw file's columns. */
  static final String[] CODES = {"me", "nu", "di", "hr", "co", "ec"};

  /** The names {@code unvotes} gives them. */
  static final Map<String, String> NAMES =
      Map.of(
          "me", "Palestinian conflict",
          "nu", "Nuclear weapons and nuclear material",
          "di", "Arms control and disarmament",
          "hr", "Human rights",
          "co", "Colonialism",
          "ec", "Economic development");

  private VoetenIssues() {}
}
