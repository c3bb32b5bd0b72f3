package io.github.chancery.core.source;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What kind of publication a source is: a news article, a social media post, an official record.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class SourceKind extends OpenCode {
  private static final Registry<SourceKind> CODES = new Registry<>("source kind", code -> new SourceKind(code, false));

  /** A report in a newspaper, news agency or news site. */
  public static final SourceKind NEWS_ARTICLE = CODES.register(new SourceKind("news-article", true));

  /** A post on a social network, such as a tweet. */
  public static final SourceKind SOCIAL_MEDIA_POST = CODES.register(new SourceKind("social-media-post", true));

  /** An official record of proceedings, such as a parliament's minutes or a UN document. */
  public static final SourceKind OFFICIAL_RECORD = CODES.register(new SourceKind("official-record", true));

  /** A press release or communiqué of the actor itself. */
  public static final SourceKind PRESS_RELEASE = CODES.register(new SourceKind("press-release", true));

  /** The text of a treaty or agreement as published. */
  public static final SourceKind TREATY_TEXT = CODES.register(new SourceKind("treaty-text", true));

  /** A dataset, such as a roll-call collection. */
  public static final SourceKind DATASET = CODES.register(new SourceKind("dataset", true));

  /** Any other publication, when no better code is known. */
  public static final SourceKind OTHER = CODES.register(new SourceKind("other", true));

  private SourceKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code news-article}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static SourceKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known values, unmodifiable; never null
   */
  public static List<SourceKind> knownValues() {
    return CODES.knownValues();
  }
}
