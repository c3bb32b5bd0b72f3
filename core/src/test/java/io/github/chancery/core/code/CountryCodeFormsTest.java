package io.github.chancery.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.testing.Violated;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.ViolationCode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alpha-3 and numeric forms of ISO 3166-1 (the numeric ones UN M49's), both ways, for every
 * current code and every entry of ISO 3166-3, with the dates of the changes ISO 3166-1's
 * newsletters give.
 */
final class CountryCodeFormsTest {
  private static Violation refused(ThrowingCallable construction) {
    return Violated.once(construction, "", ViolationCode.INVALID_COUNTRY_CODE);
  }

  @Test
  void everyCurrentCodeHasTheJdksAlpha3CodeBothWays() {
    for (String alpha2 : Locale.getISOCountries()) {
      String alpha3 = new Locale("", alpha2).getISO3Country();
      CountryCode code = CountryCode.of(alpha2);

      assertThat(code.alpha3()).as(alpha2).hasValue(alpha3);
      assertThat(CountryCode.ofAlpha3(alpha3)).as(alpha3).isEqualTo(code);
      assertThat(CountryCode.ofAlpha3(alpha3.toLowerCase(Locale.ROOT))).as(alpha3).isEqualTo(code);
    }
  }

  @Test
  void everyCurrentCodeHasItsOwnNumericCodeBothWays() {
    Set<Integer> numbers = new HashSet<>();
    for (CountryCode code : CountryCode.currentCodes()) {
      if (code.isUserAssigned()) {
        continue;
      }
      int numeric = code.numeric().orElseThrow();

      assertThat(numbers.add(numeric)).as("%s's %d is no other's", code, numeric).isTrue();
      assertThat(CountryCode.ofNumeric(numeric)).as(code.code()).isEqualTo(code);
      assertThat(CountryCode.parseNumeric(String.format("%03d", numeric))).as(code.code()).isEqualTo(code);
    }
    assertThat(numbers).hasSize(249);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    // UN M49's list of countries or areas, with their ISO alpha-3 codes.
    "UA, UKR, 804", "US, USA, 840", "FR, FRA, 250", "DE, DEU, 276", "RU, RUS, 643", "CN, CHN, 156",
    "AF, AFG, 4", "AZ, AZE, 31", "AM, ARM, 51", "GB, GBR, 826", "JP, JPN, 392", "BR, BRA, 76",
    "IN, IND, 356", "ZA, ZAF, 710", "NZ, NZL, 554", "TV, TUV, 798", "SS, SSD, 728", "SD, SDN, 729",
    "ET, ETH, 231", "ER, ERI, 232", "PS, PSE, 275", "VA, VAT, 336", "AQ, ATA, 10", "BQ, BES, 535",
    "CW, CUW, 531", "SX, SXM, 534", "RS, SRB, 688", "ME, MNE, 499", "TL, TLS, 626", "CD, COD, 180",
    "MM, MMR, 104", "BY, BLR, 112", "KI, KIR, 296", "DJ, DJI, 262", "BJ, BEN, 204", "TF, ATF, 260",
    "LR, LBR, 430", "UM, UMI, 581", "XK, , "
  })
  void aSampleOfCurrentCodesInTheirThreeForms(String alpha2, String alpha3, Integer numeric) {
    CountryCode code = CountryCode.of(alpha2);

    if (alpha3 == null) {
      assertThat(code.alpha3()).isEmpty();
      assertThat(code.numeric()).isEmpty();
      return;
    }
    assertThat(code.alpha3()).hasValue(alpha3);
    assertThat(code.numeric()).hasValue(numeric);
    assertThat(CountryCode.ofAlpha3(alpha3)).isEqualTo(code);
    assertThat(CountryCode.ofNumeric(numeric)).isEqualTo(code);
    assertThat(CountryCode.parseNumeric(String.valueOf(numeric))).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    // ISO 3166-3: the entry, its former alpha-3 and numeric codes, a day it was assigned, and what
    // the numeric code gives today (the entry itself, a current code it passed to, or nothing: 891
    // needs a date).
    "AIDJ, AFI, 262, 1975-06-01, DJ",
    "ANHH, ANT, 530, 2000-06-01, ANHH",
    "BQAQ, ATB, , 1975-06-01, ",
    "BUMM, BUR, 104, 1975-06-01, MM",
    "BYAA, BYS, 112, 1975-06-01, BY",
    "CSHH, CSK, 200, 1975-06-01, CSHH",
    "CSXX, SCG, 891, 2005-06-01, ",
    "CTKI, CTE, 128, 1975-06-01, CTKI",
    "DDDE, DDR, 278, 1975-06-01, DDDE",
    "DYBJ, DHY, 204, 1975-06-01, BJ",
    "FQHH, ATF, , 1975-06-01, ",
    "FXFR, FXX, 249, 1995-06-01, FXFR",
    "GEHH, GEL, 296, 1975-06-01, KI",
    "HVBF, HVO, 854, 1975-06-01, BF",
    "JTUM, JTN, 396, 1975-06-01, JTUM",
    "MIUM, MID, 488, 1975-06-01, MIUM",
    "NHVU, NHB, 548, 1975-06-01, VU",
    "NQAQ, ATN, 216, 1975-06-01, NQAQ",
    "NTHH, NTZ, 536, 1975-06-01, NTHH",
    "PCHH, PCI, 582, 1975-06-01, PCHH",
    "PUUM, PUS, 849, 1975-06-01, PUUM",
    "PZPA, PCZ, , 1975-06-01, ",
    "RHZW, RHO, 716, 1975-06-01, ZW",
    "SKIN, SKM, , 1974-06-01, ",
    "SUHH, SUN, 810, 1975-06-01, SUHH",
    "TPTL, TMP, 626, 1975-06-01, TL",
    "VDVN, VDR, , 1975-06-01, ",
    "WKUM, WAK, 872, 1975-06-01, WKUM",
    "YDYE, YMD, 720, 1975-06-01, YDYE",
    "YUCS, YUG, 891, 2000-06-01, ",
    "ZRCD, ZAR, 180, 1975-06-01, CD",
  })
  void everyEntryOfIso31663InItsFormerForms(String alpha4, String alpha3, Integer numeric, String assigned, String today) {
    CountryCode former = CountryCode.of(alpha4);
    PartialDate then = PartialDate.parse(assigned);

    assertThat(former.alpha3()).hasValue(alpha3);
    assertThat(former.assignments()).singleElement().satisfies(a -> assertThat(a.alpha3()).isEqualTo(alpha3));
    assertThat(CountryCode.ofAlpha3(alpha3, then)).isEqualTo(former);
    if (!alpha3.equals("ATF")) {
      assertThat(CountryCode.ofAlpha3(alpha3)).isEqualTo(former);
    }
    if (numeric == null) {
      assertThat(former.numeric()).isEmpty();
      return;
    }
    assertThat(former.numeric()).hasValue(numeric);
    assertThat(former.assignments().get(0).numeric()).hasValue(numeric);
    assertThat(CountryCode.ofNumeric(numeric, then)).isEqualTo(former);
    if (today == null) {
      assertThat(refused(() -> CountryCode.ofNumeric(numeric)).message()).contains("give the date it was used");
    } else {
      assertThat(CountryCode.ofNumeric(numeric)).isEqualTo(CountryCode.of(today));
    }
  }

  @Test
  void theWithdrawnTwoLetterCodesGiveTheFormsOfTheirEntries() {
    assertThat(CountryCode.of("SU").alpha3()).hasValue("SUN");
    assertThat(CountryCode.of("SU").numeric()).hasValue(810);
    assertThat(CountryCode.of("DD").alpha3()).hasValue("DDR");
    assertThat(CountryCode.of("YU").alpha3()).hasValue("YUG");
    // CS was assigned twice: the date decides.
    CountryCode cs = CountryCode.of("CS");
    assertThat(cs.alpha3()).isEmpty();
    assertThat(cs.numeric()).isEmpty();
    assertThat(cs.alpha3On(PartialDate.of(1980))).hasValue("CSK");
    assertThat(cs.numericOn(PartialDate.of(1980))).hasValue(200);
    assertThat(cs.alpha3On(PartialDate.of(2004))).hasValue("SCG");
    assertThat(cs.assignmentOn(PartialDate.of(2004, 1, 1))).map(CodeAssignment::numeric).hasValue(java.util.OptionalInt.of(891));
    // A current code that was once another entry's is the current one's only.
    assertThat(CountryCode.of("SK").assignments()).isEmpty();
    assertThat(CountryCode.of("SK").alpha3()).hasValue("SVK");
  }

  @Test
  void numericCodesThatChangedAreReadOnEitherSideOfTheChange() {
    // ISO 3166-1 newsletters: 280 to 276 (Germany, 30 October 1990), 890 to 891 (Yugoslavia),
    // 736 to 729 (Sudan, 2011); Romania's ROM to ROU (1 February 2002).
    CountryCode germany = CountryCode.of("DE");
    assertThat(germany.numericOn(PartialDate.of(1980))).hasValue(280);
    assertThat(germany.numericOn(PartialDate.of(1990, 10, 30))).hasValue(276);
    assertThat(germany.numericOn(PartialDate.of(1990))).as("either, in the year of the change").isEmpty();
    assertThat(CountryCode.ofNumeric(280)).isEqualTo(germany);
    assertThat(refused(() -> CountryCode.ofNumeric(276, PartialDate.of(1980))).message())
        .isEqualTo("'276' was not assigned on 1980: it was DE from 1990-10-30");
    assertThat(CountryCode.ofNumeric(736)).isEqualTo(CountryCode.of("SD"));
    assertThat(CountryCode.ofNumeric(886)).isEqualTo(CountryCode.of("YE"));
    assertThat(CountryCode.ofNumeric(230)).isEqualTo(CountryCode.of("ET"));
    assertThat(CountryCode.ofNumeric(532)).isEqualTo(CountryCode.of("ANHH"));
    CountryCode yugoslavia = CountryCode.of("YU");
    assertThat(yugoslavia.numericOn(PartialDate.of(1980))).hasValue(890);
    assertThat(yugoslavia.numericOn(PartialDate.of(2000))).hasValue(891);
    assertThat(yugoslavia.numericOn(PartialDate.of(1993, 1, 1))).as("the sources differ").isEmpty();
    assertThat(CountryCode.ofNumeric(890)).isEqualTo(CountryCode.of("YUCS"));
    assertThat(CountryCode.ofNumeric(891, PartialDate.of(2003, 7, 23))).isEqualTo(CountryCode.of("CSXX"));
    assertThat(CountryCode.ofAlpha3("ROM")).isEqualTo(CountryCode.of("RO"));
    assertThat(CountryCode.of("RO").alpha3On(PartialDate.of(1990))).hasValue("ROM");
    assertThat(CountryCode.of("RO").alpha3()).hasValue("ROU");
    assertThat(refused(() -> CountryCode.ofAlpha3("ROM", PartialDate.of(2010))).message())
        .isEqualTo("'ROM' was not assigned on 2010: it was RO until 2002-02-01");
  }

  @Test
  void aNumberOrThreeLettersThatPassedToAnotherEntryAreReadByTheDate() {
    assertThat(CountryCode.ofNumeric(204, PartialDate.of(1975))).isEqualTo(CountryCode.of("DYBJ"));
    assertThat(CountryCode.ofNumeric(204, PartialDate.of(1980))).isEqualTo(CountryCode.of("BJ"));
    assertThat(CountryCode.ofAlpha3("ATF")).isEqualTo(CountryCode.of("TF"));
    assertThat(CountryCode.ofAlpha3("ATF", PartialDate.of(2000))).isEqualTo(CountryCode.of("TF"));
    assertThat(CountryCode.ofNumeric(112, PartialDate.of(1980))).isEqualTo(CountryCode.of("BYAA"));
    assertThat(CountryCode.ofNumeric(112, PartialDate.of(2000))).isEqualTo(CountryCode.of("BY"));
  }

  @Test
  void theEuropeanUnionsCodeIsRefusedAsAnOrganisationsNotAState() {
    assertThat(refused(() -> CountryCode.ofAlpha3("EUU")).message())
        .isEqualTo("'EUU' is not an ISO 3166-1 alpha-3 code: it is the European Union in the World Bank's and others'"
            + " data: an organisation, not a state; record it as an Organization");
    assertThat(refused(() -> CountryCode.ofAlpha3("XKX")).message()).contains("CountryCode.of(\"XK\")");
    assertThat(refused(() -> CountryCode.ofAlpha3("ABC")).message())
        .isEqualTo("'ABC' is not an ISO 3166-1 alpha-3 code, current or withdrawn (ISO 3166-3)");
  }

  @Test
  void theTwoLetterCodesReservedForTheEuropeanUnionAndTheUnitedKingdomAreRefusedSayingWhatToRecord() {
    // ISO 3166-1's exceptional reservations; the European Commission writes UK and EL for GB and GR.
    assertThat(refused(() -> CountryCode.of("EU")).message())
        .isEqualTo("'EU' is not an ISO 3166-1 country code: it is reserved by ISO 3166-1 for the European Union:"
            + " an organisation, not a state; record it as an Organization");
    assertThat(refused(() -> CountryCode.parse("un")).message()).contains("the United Nations: an organisation");
    assertThat(refused(() -> CountryCode.of("UK")).message()).endsWith("the United Kingdom's code is GB");
    assertThat(refused(() -> CountryCode.of("EL")).message()).endsWith("Greece's ISO 3166-1 code is GR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AAA", "QMA", "QZZ", "XAA", "XXX", "ZZA", "ZZZ"})
  void theAlpha3RangesLeftToUsersAreRefusedSayingSo(String alpha3) {
    assertThat(refused(() -> CountryCode.ofAlpha3(alpha3)).message())
        .isEqualTo("'" + alpha3 + "' is in a range ISO 3166-1 leaves to users (AAA to AAZ, QMA to QZZ, XAA to XZZ,"
            + " ZZA to ZZZ), not a country's or area's code");
  }

  @Test
  void numbersM49GaveTerritoriesIso3166ListsWithoutThemAreRefusedNamingTheCodeToRead() {
    assertThat(refused(() -> CountryCode.ofNumeric(698)).message())
        .isEqualTo("'698' was the numeric code (UN M49) of Sikkim, which ISO 3166-3 lists without a numeric code:"
            + " read its entry with CountryCode.of(\"SKIN\")");
    assertThat(refused(() -> CountryCode.parseNumeric("080")).message()).endsWith("CountryCode.of(\"BQAQ\")");
    assertThat(refused(() -> CountryCode.ofNumeric(594)).message()).endsWith("CountryCode.of(\"PZPA\")");
    assertThat(refused(() -> CountryCode.ofNumeric(658)).message()).contains("Saint Kitts-Nevis-Anguilla").contains("659 (KN)");
    assertThat(refused(() -> CountryCode.ofNumeric(714)).message()).contains("Republic of Viet-Nam").endsWith("704 (VN)");
  }

  @Test
  void m49NumbersOfRegionsAndTheUserAssignedRangeAreRefusedSayingWhatTheyAre() {
    assertThat(refused(() -> CountryCode.ofNumeric(150)).message())
        .isEqualTo("'150' is the UN M49 code of a region, Europe, not of a country or area");
    assertThat(refused(() -> CountryCode.parseNumeric("001")).message()).contains("World");
    assertThat(refused(() -> CountryCode.ofNumeric(999)).message()).contains("900 to 999");
    assertThat(refused(() -> CountryCode.ofNumeric(123)).message())
        .isEqualTo("'123' is not a numeric code ISO 3166-1 (UN M49) assigned to a country or area, current or withdrawn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0804", "80a", " 804", "-4", "８０４"})
  void refusesNumericTextThatIsNotOneToThreeDigits(String text) {
    assertThat(refused(() -> CountryCode.parseNumeric(text)).message()).startsWith("'" + text + "' is not a numeric country code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UK", "UKRA", "U1R", "ukr ", "\u0131TA"})
  void refusesAlpha3TextThatIsNotThreeLetters(String text) {
    assertThat(refused(() -> CountryCode.ofAlpha3(text)).message()).startsWith("'" + text + "' is not an ISO 3166-1 alpha-3 code");
  }

  @Test
  void refusesANumberOutsideTheRangeAndPointsAnAlpha3CodeReadAsTwoLettersToItsFactory() {
    assertThat(refused(() -> CountryCode.ofNumeric(1000)).message()).contains("0 to 999");
    assertThat(refused(() -> CountryCode.ofNumeric(-1)).message()).contains("0 to 999");
    assertThat(refused(() -> CountryCode.parse("UKR")).message()).endsWith("it is an alpha-3 code: read it with CountryCode.ofAlpha3");
  }
}
