package io.github.chancery.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Identifiers as Wikidata, the UN and parliament monitors give them. */
final class IdentifierTest {
  private static String refusal(IdentifierScheme scheme, String value) {
    ValidationException failure = catchThrowableOfType(() -> Identifier.of(scheme, value), ValidationException.class);
    assertThat(failure).as(scheme + " " + value).isNotNull();
    return failure.violations().stream().map(v -> v.path() + " " + v.code().code() + ": " + v.message()).collect(Collectors.joining("; "));
  }

  @Test
  void acceptsIdentifiersOfTheKnownSchemesInTheirPublishedForms() {
    // Ukraine on Wikidata, in UN M49 and in the Correlates of War; the Paris Agreement in the UN
    // Treaty Series; resolutions by their UN symbols; an Open Civic Data division.
    List<Identifier> valid =
        List.of(
            Identifier.of(IdentifierScheme.WIKIDATA, "Q212"),
            Identifier.of(IdentifierScheme.UN_M49, "804"),
            Identifier.of(IdentifierScheme.CORRELATES_OF_WAR, "369"),
            Identifier.of(IdentifierScheme.ISO_3166_3, "SUHH"),
            Identifier.of(IdentifierScheme.UN_TREATY_SERIES, "I:54113"),
            Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "A/RES/ES-11/1"),
            Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "S/RES/2231 (2015)"),
            Identifier.of(IdentifierScheme.OPEN_CIVIC_DATA, "ocd-division/country:ua"));

    assertThat(valid).extracting(Identifier::toString).startsWith("wikidata:Q212", "un-m49:804");
  }

  @Test
  void rejectsAValueThatDoesNotFollowItsKnownScheme() {
    assertThat(refusal(IdentifierScheme.WIKIDATA, "212")).isEqualTo("value invalid-format: '212' is not a Wikidata item such as Q212");
    assertThat(refusal(IdentifierScheme.UN_M49, "80")).startsWith("value invalid-format: '80' is not a UN M49 code");
    assertThat(refusal(IdentifierScheme.UN_DOCUMENT_SYMBOL, "resolution 2231")).contains("invalid-format");
    assertThat(refusal(IdentifierScheme.UN_TREATY_SERIES, "54113")).contains("invalid-format");
  }

  @Test
  void keepsAPublishersOwnSchemeVerbatimButRefusesBlankOrPaddedValues() {
    Identifier member = Identifier.of("theyworkforyou", "uk.org.publicwhip/member/40289");

    assertThat(member.scheme().isKnown()).isFalse();
    assertThat(member.value()).isEqualTo("uk.org.publicwhip/member/40289");
    assertThat(refusal(IdentifierScheme.of("parltrack"), " ")).isEqualTo("value blank: must not be blank");
    assertThat(refusal(IdentifierScheme.of("parltrack"), "1234 ")).isEqualTo("value invalid-format: must be one line without padding");
    assertThat(refusal(IdentifierScheme.of("parltrack"), "12\n34")).contains("invalid-format");
  }

  @Test
  void aDossierFindsRecordsByIdentifierAndReportsTwoRecordsClaimingOne() {
    Identifier ukraine = Identifier.of(IdentifierScheme.WIKIDATA, "Q212");
    State first = State.builder().id("state-ua").countryCode(CountryCode.parse("UA")).name(MultilingualText.of("en", "Ukraine")).addIdentifiers(ukraine).build();
    State second = first.withId("country-ukraine");
    Legislature council = Legislature.builder().id("un-sc").name(MultilingualText.of("en", "Security Council")).build();
    Identifier symbol = Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "S/2022/155");
    Motion draft = Motion.builder().id("s-2022-155").legislature(Reference.to("un-sc")).title(MultilingualText.of("en", "Draft")).addIdentifiers(symbol).build();
    Motion reported = draft.withId("s-2022-155-press").withOtherReportOf(Reference.to("s-2022-155"));

    Dossier dossier = Dossier.of(List.of(first, second, council, draft, reported));

    assertThat(dossier.withIdentifier(ukraine)).containsExactly(first, second);
    assertThat(dossier.withIdentifier(symbol)).containsExactly(draft, reported);
    assertThat(dossier.withIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q1"))).isEmpty();
    assertThat(dossier.check().findings())
        .extracting(f -> f.code().code() + " " + f.path() + ": " + f.message())
        .containsExactly("duplicate-identifier records[1].identifiers[0]: 'wikidata:Q212' is also the identifier of state 'state-ua'");
  }

  @Test
  void aRecordListsAnIdentifierOnlyOnce() {
    Identifier ukraine = Identifier.of(IdentifierScheme.WIKIDATA, "Q212");
    ValidationException failure =
        catchThrowableOfType(
            () -> State.builder().id("state-ua").countryCode(CountryCode.parse("UA")).name(MultilingualText.of("en", "Ukraine"))
                .addIdentifiers(ukraine, ukraine).build(),
            ValidationException.class);

    assertThat(failure.violations()).extracting(v -> v.path() + " " + v.code().code()).containsExactly("identifiers[1] duplicate");
  }
}
