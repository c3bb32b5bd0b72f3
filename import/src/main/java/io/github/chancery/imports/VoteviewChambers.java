package io.github.chancery.imports;

import java.math.BigDecimal;

/**
 * The chambers of a Voteview file and the reading of its whole numbers: {@code House} and {@code
 * Senate} are imported, the {@code President}'s pseudo-votes are not (they are the President's
 * positions, not votes of a chamber). Stateless.
 */
final class VoteviewChambers {
  /** A chamber of Congress. */
  enum Chamber {
    /** The House of Representatives. */
    HOUSE("House", "h", "us-house-of-representatives", "United States House of Representatives", "representative", false),
    /** The Senate. */
    SENATE("Senate", "s", "us-senate", "United States Senate", "senator", true);

    final String name;
    final String letter;
    final String legislatureId;
    final String title;
    final String memberRole;
    final boolean senate;

    Chamber(String name, String letter, String legislatureId, String title, String memberRole, boolean senate) {
      this.name = name;
      this.letter = letter;
      this.legislatureId = legislatureId;
      this.title = title;
      this.memberRole = memberRole;
      this.senate = senate;
    }
  }

  private VoteviewChambers() {}

  /** The chamber a row names; null, with a warning, for the President's rows and unknown chambers. */
  static Chamber chamber(Warnings warnings, String file, long line, String text) {
    if (text.equalsIgnoreCase("House")) {
      return Chamber.HOUSE;
    }
    if (text.equalsIgnoreCase("Senate")) {
      return Chamber.SENATE;
    }
    if (text.equalsIgnoreCase("President")) {
      warnings.add(file, line, VoteviewLayout.CHAMBER, ImportWarningCode.NOT_MAPPED,
          "the President's rows (positions, not votes of a chamber) are not mapped");
    } else if (text.isEmpty()) {
      warnings.add(file, line, VoteviewLayout.CHAMBER, ImportWarningCode.MISSING_VALUE, "the row names no chamber; it is not mapped");
    } else {
      warnings.add(file, line, VoteviewLayout.CHAMBER, ImportWarningCode.UNKNOWN_CODE,
          "'" + text + "' is not a chamber (House, Senate or President); the row is not mapped");
    }
    return null;
  }

  /**
   * A whole number of at least {@code min}, written {@code 117} or {@code 117.0}; null, with a
   * warning, when blank or unreadable.
   */
  static Integer number(Warnings warnings, String file, long line, String column, String text, int min) {
    if (text.isEmpty()) {
      warnings.add(file, line, column, ImportWarningCode.MISSING_VALUE, "the row has no " + column + "; it is not mapped");
      return null;
    }
    Integer value = parse(text);
    if (value != null && value >= min) {
      return value;
    }
    warnings.add(file, line, column, ImportWarningCode.UNREADABLE_NUMBER,
        "'" + text + "' is not a whole number of at least " + min + "; the row is not mapped");
    return null;
  }

  /** A whole number, or null when the text is not one. */
  static Integer parse(String text) {
    if (text.length() <= 3 && !text.isEmpty()) {
      int value = 0;
      for (int i = 0; i < text.length(); i++) { // the usual case, without a BigDecimal
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return slowParse(text);
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
    return slowParse(text);
  }

  private static Integer slowParse(String text) {
    try {
      return new BigDecimal(text).intValueExact();
    } catch (ArithmeticException | NumberFormatException unreadable) {
      return null;
    }
  }

  /** The key of a member of a chamber in a congress: {@code h117-29147}. */
  static String memberKey(Chamber chamber, int congress, int icpsr) {
    return chamber.letter + congress + "-" + icpsr;
  }

  /** The key of a roll call: {@code h117-451}. */
  static String rollCallKey(Chamber chamber, int congress, int rollnumber) {
    return chamber.letter + congress + "-" + rollnumber;
  }
}
