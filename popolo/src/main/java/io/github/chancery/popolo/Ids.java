package io.github.chancery.popolo;

import io.github.chancery.core.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Ids as Chancery can keep them: an id as published when it is one, else repaired (spaces,
 * control and invisible characters to dashes) and said so once, wherever it appears; and ids
 * derived from an object's content for those that have none, the same on every import.
 *
 * <p>Not thread-safe: one per import.
 */
final class Ids {
  private final Warnings warnings;
  /** The ids repaired, so that each is warned once. */
  private final Set<String> repaired = new HashSet<>();

  Ids(Warnings warnings) {
    this.warnings = warnings;
  }

  /**
   * Returns an id as published, or, when it is not a Chancery id, repaired; the repair is warned
   * the first time the id is met.
   *
   * @param raw the id as the file gives it
   * @param path where it is, for the warning
   * @param place the place of the object being read
   * @return the id, repaired if need be
   */
  String repair(String raw, String path, int place) {
    if (Violations.idProblem(raw) == null) {
      return raw;
    }
    String fixed = Normalizer.normalize(raw.trim(), Normalizer.Form.NFC).replaceAll("[\\s\\p{Cc}\\p{Cf}\\p{Z}]+", "-");
    if (fixed.isEmpty()) {
      fixed = "id-" + hash(raw);
    }
    if (fixed.length() > Violations.MAX_ID_LENGTH) {
      fixed = fixed.substring(0, Violations.MAX_ID_LENGTH - 13) + "-" + hash(raw);
    }
    if (Violations.idProblem(fixed) != null) {
      fixed = "id-" + hash(raw); // broken Unicode, or nothing left to keep
    }
    if (repaired.add(raw)) {
      warnings.warn(place, path, "'" + raw + "' is not a Chancery id (" + Violations.idProblem(raw) + "): read as '" + fixed
          + "' here and wherever it is referred to");
    }
    return fixed;
  }

  /**
   * Returns an id derived from an object's content: from its name when it has one, else from all
   * of its JSON, so that the same object gets the same id on every import.
   *
   * @param prefix what the object is, such as {@code vote-event}
   * @param object the object's fields
   * @return the id, such as {@code vote-event-a9ae153768a5}
   */
  static String derived(String prefix, JsonTree object) {
    String name = Fields.text(object, "name");
    return prefix + "-" + hash(name != null ? name : object.toString());
  }

  /**
   * Returns the first six bytes of a text's SHA-256, in hexadecimal.
   *
   * @param text the text
   * @return twelve hexadecimal digits
   */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
