package io.github.chancery.core.code;

import io.github.chancery.core.time.PartialDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The code tables behind {@link CountryCode}: ISO 3166-1's current codes in their three forms,
 * ISO 3166-3's formerly used codes with their alpha-3 and numeric forms and periods, and the
 * alpha-3 and numeric codes ISO 3166-1 replaced while a country kept its letters. Built once,
 * never changed: thread-safe.
 *
 * <p>Sources: the current codes as ISO 3166-1 lists them (the alpha-2 to alpha-3 pairs are also
 * the JDK's, and the numeric codes those of UN M49, which ISO 3166-1 takes); ISO 3166-3's entries
 * as its tables give them (four letters, former alpha-2, alpha-3 and numeric, date of
 * withdrawal); the replaced codes from ISO 3166-1's newsletters (Romania's ROM, 1 February 2002)
 * and the dates they give for new numeric codes. No numeric code is given where ISO 3166-3 gives
 * none (British Antarctic Territory, French Southern and Antarctic Territories, Panama Canal Zone,
 * Sikkim, Democratic Republic of Viet-Nam: withdrawn before ISO 3166 had numeric codes).
 */
final class CountryCodeTable {
  private CountryCodeTable() {}

  /**
   * One alpha-3 and numeric form of a code over a period: the code it stands for (an alpha-2 code,
   * or an ISO 3166-3 code for a withdrawn entry), from and until when (either open).
   */
  static final class Row {
    final String code;
    final String alpha3;
    /** The numeric code, or -1 where the standard gives none. */
    final int numeric;
    /** Set once, while the table is built, when a later form replaced an earlier one. */
    PartialDate from;
    final PartialDate until;

    private Row(String code, String alpha3, int numeric, PartialDate from, PartialDate until) {
      this.code = code;
      this.alpha3 = alpha3;
      this.numeric = numeric;
      this.from = from;
      this.until = until;
    }

    boolean isCurrent() {
      return until == null;
    }

    boolean mayCover(PartialDate date) {
      return (from == null || !date.isDefinitelyBefore(from)) && (until == null || !date.isDefinitelyAfter(until));
    }

    /** Whether the row's period ends on the very day asked, both known to the day: the next one begins then. */
    boolean endsOn(PartialDate date) {
      return until != null
          && until.toLocalDate().isPresent()
          && date.toLocalDate().isPresent()
          && until.toLocalDate().equals(date.toLocalDate());
    }
  }

  /** ISO 3166-1's current codes: alpha-2, alpha-3 and numeric, by alpha-2. */
  private static final String CURRENT =
          "AD AND 020 AE ARE 784 AF AFG 004 AG ATG 028 AI AIA 660 AL ALB 008 AM ARM 051 AO AGO 024"
              + " AQ ATA 010 AR ARG 032 AS ASM 016 AT AUT 040 AU AUS 036 AW ABW 533 AX ALA 248 AZ AZE 031"
              + " BA BIH 070 BB BRB 052 BD BGD 050 BE BEL 056 BF BFA 854 BG BGR 100 BH BHR 048 BI BDI 108"
              + " BJ BEN 204 BL BLM 652 BM BMU 060 BN BRN 096 BO BOL 068 BQ BES 535 BR BRA 076 BS BHS 044"
              + " BT BTN 064 BV BVT 074 BW BWA 072 BY BLR 112 BZ BLZ 084 CA CAN 124 CC CCK 166 CD COD 180"
              + " CF CAF 140 CG COG 178 CH CHE 756 CI CIV 384 CK COK 184 CL CHL 152 CM CMR 120 CN CHN 156"
              + " CO COL 170 CR CRI 188 CU CUB 192 CV CPV 132 CW CUW 531 CX CXR 162 CY CYP 196 CZ CZE 203"
              + " DE DEU 276 DJ DJI 262 DK DNK 208 DM DMA 212 DO DOM 214 DZ DZA 012 EC ECU 218 EE EST 233"
              + " EG EGY 818 EH ESH 732 ER ERI 232 ES ESP 724 ET ETH 231 FI FIN 246 FJ FJI 242 FK FLK 238"
              + " FM FSM 583 FO FRO 234 FR FRA 250 GA GAB 266 GB GBR 826 GD GRD 308 GE GEO 268 GF GUF 254"
              + " GG GGY 831 GH GHA 288 GI GIB 292 GL GRL 304 GM GMB 270 GN GIN 324 GP GLP 312 GQ GNQ 226"
              + " GR GRC 300 GS SGS 239 GT GTM 320 GU GUM 316 GW GNB 624 GY GUY 328 HK HKG 344 HM HMD 334"
              + " HN HND 340 HR HRV 191 HT HTI 332 HU HUN 348 ID IDN 360 IE IRL 372 IL ISR 376 IM IMN 833"
              + " IN IND 356 IO IOT 086 IQ IRQ 368 IR IRN 364 IS ISL 352 IT ITA 380 JE JEY 832 JM JAM 388"
              + " JO JOR 400 JP JPN 392 KE KEN 404 KG KGZ 417 KH KHM 116 KI KIR 296 KM COM 174 KN KNA 659"
              + " KP PRK 408 KR KOR 410 KW KWT 414 KY CYM 136 KZ KAZ 398 LA LAO 418 LB LBN 422 LC LCA 662"
              + " LI LIE 438 LK LKA 144 LR LBR 430 LS LSO 426 LT LTU 440 LU LUX 442 LV LVA 428 LY LBY 434"
              + " MA MAR 504 MC MCO 492 MD MDA 498 ME MNE 499 MF MAF 663 MG MDG 450 MH MHL 584 MK MKD 807"
              + " ML MLI 466 MM MMR 104 MN MNG 496 MO MAC 446 MP MNP 580 MQ MTQ 474 MR MRT 478 MS MSR 500"
              + " MT MLT 470 MU MUS 480 MV MDV 462 MW MWI 454 MX MEX 484 MY MYS 458 MZ MOZ 508 NA NAM 516"
              + " NC NCL 540 NE NER 562 NF NFK 574 NG NGA 566 NI NIC 558 NL NLD 528 NO NOR 578 NP NPL 524"
              + " NR NRU 520 NU NIU 570 NZ NZL 554 OM OMN 512 PA PAN 591 PE PER 604 PF PYF 258 PG PNG 598"
              + " PH PHL 608 PK PAK 586 PL POL 616 PM SPM 666 PN PCN 612 PR PRI 630 PS PSE 275 PT PRT 620"
              + " PW PLW 585 PY PRY 600 QA QAT 634 RE REU 638 RO ROU 642 RS SRB 688 RU RUS 643 RW RWA 646"
              + " SA SAU 682 SB SLB 090 SC SYC 690 SD SDN 729 SE SWE 752 SG SGP 702 SH SHN 654 SI SVN 705"
              + " SJ SJM 744 SK SVK 703 SL SLE 694 SM SMR 674 SN SEN 686 SO SOM 706 SR SUR 740 SS SSD 728"
              + " ST STP 678 SV SLV 222 SX SXM 534 SY SYR 760 SZ SWZ 748 TC TCA 796 TD TCD 148 TF ATF 260"
              + " TG TGO 768 TH THA 764 TJ TJK 762 TK TKL 772 TL TLS 626 TM TKM 795 TN TUN 788 TO TON 776"
              + " TR TUR 792 TT TTO 780 TV TUV 798 TW TWN 158 TZ TZA 834 UA UKR 804 UG UGA 800 UM UMI 581"
              + " US USA 840 UY URY 858 UZ UZB 860 VA VAT 336 VC VCT 670 VE VEN 862 VG VGB 092 VI VIR 850"
              + " VN VNM 704 VU VUT 548 WF WLF 876 WS WSM 882 YE YEM 887 YT MYT 175 ZA ZAF 710 ZM ZMB 894"
              + " ZW ZWE 716";

  static final Set<String> CURRENT_ALPHA_2 = new TreeSet<>();
  static final List<Row> ROWS = new ArrayList<>();
  static final List<CodeAssignment> ASSIGNMENTS = new ArrayList<>();

  static {
    String[] current = CURRENT.split(" ");
    for (int i = 0; i < current.length; i += 3) {
      CURRENT_ALPHA_2.add(current[i]);
      ROWS.add(new Row(current[i], current[i + 1], Integer.parseInt(current[i + 2]), null, null));
    }
    // ISO 3166-3: four letters, the former alpha-2, alpha-3 and numeric codes, the English short name,
    // when the code was assigned (1974 for the first edition) and withdrawn.
    former("AIDJ", "AFI", 262, "French Afars and Issas", "1974", "1977");
    former("ANHH", "ANT", 530, "Netherlands Antilles", "1974", "2010-12-15");
    former("BQAQ", "ATB", -1, "British Antarctic Territory", "1974", "1979");
    former("BUMM", "BUR", 104, "Burma", "1974", "1989-12-05");
    former("BYAA", "BYS", 112, "Byelorussian SSR", "1974", "1992-06-15");
    former("CSHH", "CSK", 200, "Czechoslovakia", "1974", "1993-06-15");
    former("CSXX", "SCG", 891, "Serbia and Montenegro", "2003-07-23", "2006-09-26");
    former("CTKI", "CTE", 128, "Canton and Enderbury Islands", "1974", "1984");
    former("DDDE", "DDR", 278, "German Democratic Republic", "1974", "1990-10-30");
    former("DYBJ", "DHY", 204, "Dahomey", "1974", "1977");
    former("FQHH", "ATF", -1, "French Southern and Antarctic Territories", "1974", "1979");
    former("FXFR", "FXX", 249, "France, Metropolitan", "1993", "1997");
    former("GEHH", "GEL", 296, "Gilbert and Ellice Islands", "1974", "1979");
    former("HVBF", "HVO", 854, "Upper Volta", "1974", "1984");
    former("JTUM", "JTN", 396, "Johnston Island", "1974", "1986");
    former("MIUM", "MID", 488, "Midway Islands", "1974", "1986");
    former("NHVU", "NHB", 548, "New Hebrides", "1974", "1980");
    former("NQAQ", "ATN", 216, "Dronning Maud Land", "1974", "1983");
    former("NTHH", "NTZ", 536, "Neutral Zone", "1974", "1993");
    former("PCHH", "PCI", 582, "Pacific Islands (Trust Territory)", "1974", "1986");
    former("PUUM", "PUS", 849, "US Miscellaneous Pacific Islands", "1974", "1986");
    former("PZPA", "PCZ", -1, "Panama Canal Zone", "1974", "1980");
    former("RHZW", "RHO", 716, "Southern Rhodesia", "1974", "1980");
    former("SKIN", "SKM", -1, "Sikkim", "1974", "1975");
    former("SUHH", "SUN", 810, "USSR", "1974", "1992-08-30");
    former("TPTL", "TMP", 626, "East Timor", "1974", "2002-05-20");
    former("VDVN", "VDR", -1, "Viet-Nam, Democratic Republic of", "1974", "1977");
    former("WKUM", "WAK", 872, "Wake Island", "1974", "1986");
    former("YDYE", "YMD", 720, "Yemen, Democratic", "1974", "1990-08-14");
    former("YUCS", "YUG", 891, "Yugoslavia", "1974", "2003-07-23");
    former("ZRCD", "ZAR", 180, "Zaire", "1974", "1997-07-14");
    // Codes replaced while the entry kept its letters, with the day the replacement began. Sources
    // differ on Yugoslavia's 891: from the Federal Republic's founding (27 April 1992) or from ISO's
    // change (28 July 1993); between the two, either is taken.
    replaced("YUCS", "YUG", 890, "1993-07-28", "1992-04-27");
    replaced("ANHH", "ANT", 532, "1986", "1986");
    replaced("DE", "DEU", 280, "1990-10-30", "1990-10-30");
    replaced("YE", "YEM", 886, "1990-08-14", "1990-08-14");
    replaced("ET", "ETH", 230, "1993-07-16", "1993-07-16");
    replaced("PA", "PAN", 590, "1993-07-22", "1993-07-22");
    replaced("SD", "SDN", 736, "2011", "2011");
    replaced("RO", "ROM", 642, "2002-02-01", "2002-02-01");
  }

  private static void former(String alpha4, String alpha3, int numeric, String name, String assigned, String withdrawn) {
    PartialDate from = PartialDate.parse(assigned);
    PartialDate until = PartialDate.parse(withdrawn);
    ASSIGNMENTS.add(new CodeAssignment(alpha4.substring(0, 2), alpha4, alpha3, numeric, name, from, until));
    // A code of the first edition, 1974, is taken to cover the years before it too, as datasets use it.
    ROWS.add(new Row(alpha4, alpha3, numeric, from.year() == 1974 ? null : from, until));
  }

  /**
   * An alpha-3 and numeric form an entry had until {@code until}; the form it has now (or had when
   * withdrawn) is its from {@code from}.
   */
  private static void replaced(String code, String alpha3, int numeric, String until, String from) {
    for (Row row : ROWS) {
      if (row.code.equals(code) && row.from == null) {
        row.from = PartialDate.parse(from);
      }
    }
    ROWS.add(new Row(code, alpha3, numeric, null, PartialDate.parse(until)));
  }

  /**
   * Numeric codes of UN M49 that name regions and groupings rather than a country or area, with
   * their names: refused with a message that says so.
   */
  static final Map<Integer, String> M49_REGIONS = new HashMap<>();

  static {
    String regions =
        "001 World|002 Africa|015 Northern Africa|202 Sub-Saharan Africa|014 Eastern Africa|017 Middle Africa"
            + "|018 Southern Africa|011 Western Africa|019 Americas|419 Latin America and the Caribbean|029 Caribbean"
            + "|013 Central America|005 South America|021 Northern America|142 Asia|143 Central Asia|030 Eastern Asia"
            + "|035 South-eastern Asia|034 Southern Asia|145 Western Asia|150 Europe|151 Eastern Europe"
            + "|154 Northern Europe|039 Southern Europe|155 Western Europe|009 Oceania|053 Australia and New Zealand"
            + "|054 Melanesia|057 Micronesia|061 Polynesia";
    for (String region : regions.split("\\|")) {
      M49_REGIONS.put(Integer.parseInt(region.substring(0, 3)), region.substring(4));
    }
  }

  /**
   * Numbers that UN M49 gave territories ISO 3166 lists without them, or not at all: refused, each
   * with what it stood for and the code to read instead.
   */
  static final Map<Integer, String> M49_WITHOUT_ISO_ENTRY = new HashMap<>();

  static {
    M49_WITHOUT_ISO_ENTRY.put(80, "the British Antarctic Territory, which ISO 3166-3 lists without a numeric code:"
        + " read its entry with CountryCode.of(\"BQAQ\")");
    M49_WITHOUT_ISO_ENTRY.put(594, "the Panama Canal Zone, which ISO 3166-3 lists without a numeric code:"
        + " read its entry with CountryCode.of(\"PZPA\")");
    M49_WITHOUT_ISO_ENTRY.put(658, "Saint Kitts-Nevis-Anguilla, before Anguilla was separated; ISO 3166 gives no"
        + " date for it: Saint Kitts and Nevis is 659 (KN), Anguilla 660 (AI)");
    M49_WITHOUT_ISO_ENTRY.put(698, "Sikkim, which ISO 3166-3 lists without a numeric code:"
        + " read its entry with CountryCode.of(\"SKIN\")");
    M49_WITHOUT_ISO_ENTRY.put(714, "the Republic of Viet-Nam, which ISO 3166-3 does not list: Viet Nam is 704 (VN)");
  }

  /**
   * Two-letter codes that datasets use beside ISO's and that ISO 3166-1 reserves or never
   * assigned to a country: refused, each with what it stands for and what to record instead.
   */
  static final Map<String, String> NOT_ISO_ALPHA_2 = new LinkedHashMap<>();

  static {
    NOT_ISO_ALPHA_2.put("EU", "reserved by ISO 3166-1 for the European Union: an organisation, not a state; record it as an"
        + " Organization");
    NOT_ISO_ALPHA_2.put("UN", "reserved by ISO 3166-1 for the United Nations: an organisation, not a state; record it as an"
        + " Organization");
    NOT_ISO_ALPHA_2.put("UK", "reserved by ISO 3166-1 at the United Kingdom's request; the United Kingdom's code is GB");
    NOT_ISO_ALPHA_2.put("EL", "the European Union's abbreviation for Greece; Greece's ISO 3166-1 code is GR");
  }

  /**
   * Three-letter codes that datasets use beside ISO's and that name no country: refused, each with
   * what it stands for and what to record instead.
   */
  static final Map<String, String> NOT_ISO_ALPHA_3 = new LinkedHashMap<>();

  static {
    NOT_ISO_ALPHA_3.put("EUU", "the European Union in the World Bank's and others' data: an organisation, not a state; record it as an Organization");
    NOT_ISO_ALPHA_3.put("EMU", "the euro area in the World Bank's data: a grouping, not a state");
    NOT_ISO_ALPHA_3.put("WLD", "the world in the World Bank's data: an aggregate, not a state");
    NOT_ISO_ALPHA_3.put("XKX", "Kosovo in the World Bank's and the EU's data, a user-assigned code outside ISO 3166-1; datasets"
        + " differ on Kosovo's three letters (XKX, KSV, XKK), and most use the two-letter XK: CountryCode.of(\"XK\")");
    NOT_ISO_ALPHA_3.put("KSV", "Kosovo in some datasets, outside ISO 3166-1; most data uses the two-letter XK: CountryCode.of(\"XK\")");
    NOT_ISO_ALPHA_3.put("XKK", "Kosovo in some datasets, outside ISO 3166-1; most data uses the two-letter XK: CountryCode.of(\"XK\")");
    NOT_ISO_ALPHA_3.put("CHI", "the Channel Islands in the World Bank's data, outside ISO 3166-1: Jersey is JE, Guernsey GG");
  }
}
