package io.github.chancery.core.testing;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figures of public records that several tests build votes from: the 193 member states of the
 * United Nations (by ISO 3166-1 code, as the UN's list of member states gives them), and the
 * population shares the Council of the European Union counted a qualified majority on in 2025.
 */
public final class PublicRecords {
  private PublicRecords() {}

  /** The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code, in the UN's order. */
  public static final List<String> UN_MEMBERS =
      List.of(
          ("AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN"
                  + " CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD"
                  + " GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG"
                  + " MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE"
                  + " PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH"
                  + " SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW")
              .split(" "));

  /**
   * The members' shares of the population of the European Union, in percent, that the Council's
   * Rules of Procedure (Annex III) set for 2025 from Eurostat's figures of 1 January 2024, as
   * Agence Europe reported them on 12 December 2024; by ISO 3166-1 code.
   */
  public static final Map<String, BigDecimal> EU_POPULATION_SHARES_2025 = shares(
      "DE 18.49 FR 15.17 IT 13.23 ES 10.78 PL 8.33 RO 4.23 NL 4.01 BE 2.62 CZ 2.42 PT 2.36 SE 2.34 GR 2.31 HU 2.13"
          + " AT 2.02 BG 1.43 DK 1.32 FI 1.25 SK 1.21 IE 1.19 HR 0.86 LT 0.64 SI 0.47 LV 0.42 EE 0.30 CY 0.21 LU 0.15"
          + " MT 0.12");

  private static Map<String, BigDecimal> shares(String pairs) {
    String[] items = pairs.split(" ");
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (int i = 0; i < items.length; i += 2) {
      shares.put(items[i], new BigDecimal(items[i + 1]));
    }
    return java.util.Collections.unmodifiableMap(shares);
  }

  /** The id of the state record of a code: {@code state-ru}. */
  public static <T extends ChanceryRecord> Reference<T> state(String code) {
    return Reference.to("state-" + code.toLowerCase(Locale.ROOT));
  }

  /** State records for codes, each named by its code. */
  public static List<ChanceryRecord> states(List<String> codes) {
    List<ChanceryRecord> states = new ArrayList<>(codes.size());
    for (String code : codes) {
      states.add(
          State.builder().id(state(code).id()).countryCode(CountryCode.parse(code)).name(MultilingualText.of("en", code)).build());
    }
    return states;
  }

  /** State records for codes, each named by its code. */
  public static List<ChanceryRecord> states(String... codes) {
    return states(Arrays.asList(codes));
  }

  /** The dossier's consistency report, one line per finding: {@code code path: message}. */
  public static List<String> findings(List<? extends ChanceryRecord> records) {
    return Dossier.of(new ArrayList<>(records)).check().findings().stream()
        .map(f -> f.code() + " " + f.path() + ": " + f.message())
        .collect(Collectors.toList());
  }
}
