package io.github.chancery.core.actor;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;

/**
 * What kind of body an organization is: an international organisation, one of its organs, a
 * government body such as a foreign ministry, an embassy, or a political group.
 *
 * <p>An open code list: {@link #of(String)} returns the known value with exactly that code, or
 * an unknown value that keeps the code verbatim. Instances are immutable and thread-safe.
 */
public final class OrganizationKind extends OpenCode {
  private static final Registry<OrganizationKind> CODES = new Registry<>("organization kind", code -> new OrganizationKind(code, false));

  /** An intergovernmental organisation, such as the United Nations. */
  public static final OrganizationKind INTERNATIONAL_ORGANIZATION = CODES.register(new OrganizationKind("international-organization", true));

  /** An organ of an international organisation, such as the UN Secretariat. */
  public static final OrganizationKind ORGAN = CODES.register(new OrganizationKind("organ", true));

  /** A state's government as a whole. */
  public static final OrganizationKind GOVERNMENT = CODES.register(new OrganizationKind("government", true));

  /** A body of a government, such as a foreign ministry. */
  public static final OrganizationKind GOVERNMENT_BODY = CODES.register(new OrganizationKind("government-body", true));

  /** A diplomatic mission of one state to another or to an organisation. */
  public static final OrganizationKind EMBASSY = CODES.register(new OrganizationKind("embassy", true));

  /** A political party, outside the legislature; its members sit in the groups it forms there. */
  public static final OrganizationKind PARTY = CODES.register(new OrganizationKind("party", true));

  /** A party or parliamentary group, as voters' groups in a vote. */
  public static final OrganizationKind POLITICAL_GROUP = CODES.register(new OrganizationKind("political-group", true));

  /** Any other organisation, when no better code is known. */
  public static final OrganizationKind OTHER = CODES.register(new OrganizationKind("other", true));

  private OrganizationKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * Returns the known value with exactly this code, or an unknown value keeping it verbatim.
   *
   * @param code the code, such as {@code international-organization}
   * @return the value
   * @throws ValidationException ({@code invalid-code}) if the code is blank, too long or padded
   */
  public static OrganizationKind of(String code) {
    return CODES.of(code);
  }

  /**
   * Returns the known values, in the order declared.
   *
   * @return the known organisation kinds, unmodifiable; never null
   */
  public static List<OrganizationKind> knownValues() {
    return CODES.knownValues();
  }
}
