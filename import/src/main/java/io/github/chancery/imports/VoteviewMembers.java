package io.github.chancery.imports;

import static io.github.chancery.imports.VoteviewLayout.*;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The members files of a Voteview import, held: one row per member, congress and chamber. Each
 * member becomes a {@code Person} (one per Biographical Directory id, else per ICPSR id, with
 * both ids as identifiers), a {@code Membership} of the chamber for the congress on behalf of the
 * party, and the party an {@code Organization}. The ballots look the members up here. Not
 * thread-safe.
 */
final class VoteviewMembers {
  static final String ICPSR_SCHEME = "icpsr";
  static final String BIOGUIDE_SCHEME = "bioguide";
  static final String PARTY_SCHEME = "voteview-party-code";

  /** The party codes the publisher's documentation names; the others are named by their code. */
  private static final Map<Integer, String> PARTIES =
      Map.of(100, "Democratic", 200, "Republican", 328, "Independent", 329, "Independent Democrat", 331,
          "Independent Republican");

  /** A member of a chamber in a congress, as the ballots need it. */
  static final class Member {
    final String personId;
    final Reference<Organization> party;

    Member(String personId, Reference<Organization> party) {
      this.personId = personId;
      this.party = party;
    }
  }

  private static final class Row {
    final Reference<Source> source;
    final long line;
    final VoteviewChambers.Chamber chamber;
    final int congress;
    final int icpsr;
    final String personId;
    final String state;
    final String district;
    final Integer party;

    Row(Reference<Source> source, long line, VoteviewChambers.Chamber chamber, int congress, int icpsr, String personId, String state,
        String district, Integer party) {
      this.source = source;
      this.line = line;
      this.chamber = chamber;
      this.congress = congress;
      this.icpsr = icpsr;
      this.personId = personId;
      this.state = state;
      this.district = district;
      this.party = party;
    }
  }

  private final Warnings warnings;
  private final Map<String, Person.Builder> persons = new LinkedHashMap<>();
  private final Map<String, Reference<Source>> personSources = new HashMap<>();
  private final Map<Integer, String> personOfIcpsr = new HashMap<>();
  private final Map<String, String> personOfBioguide = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Member> members = new HashMap<>();
  private final Map<Integer, Organization> parties = new LinkedHashMap<>();
  private boolean written;

  VoteviewMembers(Warnings warnings) {
    this.warnings = warnings;
  }

  /** Reads one row of a members file. */
  void row(String file, Reference<Source> source, long line, VoteviewLayout layout, List<String> row) {
    VoteviewChambers.Chamber chamber = VoteviewChambers.chamber(warnings, file, line, layout.get(row, CHAMBER));
    if (chamber == null) {
      return; // warned
    }
    Integer congress = VoteviewChambers.number(warnings, file, line, CONGRESS, layout.get(row, CONGRESS), 1);
    Integer icpsr = VoteviewChambers.number(warnings, file, line, ICPSR, layout.get(row, ICPSR), 1);
    if (congress == null || icpsr == null) {
      return; // warned
    }
    String key = VoteviewChambers.memberKey(chamber, congress, icpsr);
    if (members.containsKey(key)) {
      warnings.add(file, line, ICPSR, ImportWarningCode.DUPLICATE_ROW,
          "ICPSR " + icpsr + " already has a row for the " + chamber.name + " in congress " + congress + "; this row is not mapped");
      return;
    }
    String personId = person(file, source, line, layout, row, icpsr);
    String partyText = layout.get(row, PARTY_CODE);
    Integer partyCode = partyText.isEmpty() ? null : VoteviewChambers.number(warnings, file, line, PARTY_CODE, partyText, 1);
    Reference<Organization> party = partyCode == null ? null : Reference.of(party(partyCode, source));
    members.put(key, new Member(personId, party));
    rows.add(new Row(source, line, chamber, congress, icpsr, personId, layout.get(row, STATE_ABBREV), layout.get(row, DISTRICT_CODE),
        partyCode));
  }

  private String person(String file, Reference<Source> source, long line, VoteviewLayout layout, List<String> row, int icpsr) {
    String bioguide = layout.get(row, BIOGUIDE_ID);
    String known = personOfIcpsr.get(icpsr);
    if (known == null && !bioguide.isEmpty()) {
      known = personOfBioguide.get(bioguide);
    }
    if (known != null) {
      Person.Builder person = persons.get(known);
      if (personOfIcpsr.putIfAbsent(icpsr, known) == null) { // a second ICPSR id of a party switcher
        person.addIdentifiers(Identifier.of(ICPSR_SCHEME, Integer.toString(icpsr)));
      }
      if (!bioguide.isEmpty() && personOfBioguide.putIfAbsent(bioguide, known) == null) {
        person.addIdentifiers(Identifier.of(BIOGUIDE_SCHEME, bioguide));
      }
      return known; // a person's later rows repeat the name and dates of the first
    }
    String id = bioguide.isEmpty() ? "person-icpsr-" + icpsr : "person-bioguide-" + bioguide.toLowerCase(Locale.ROOT);
    Person.Builder person = Person.builder().id(id).addIdentifiers(Identifier.of(ICPSR_SCHEME, Integer.toString(icpsr)));
    if (!bioguide.isEmpty()) {
      person.addIdentifiers(Identifier.of(BIOGUIDE_SCHEME, bioguide));
      personOfBioguide.put(bioguide, id);
    }
    String name = layout.get(row, BIONAME);
    if (name.isEmpty()) {
      warnings.add(file, line, BIONAME, ImportWarningCode.MISSING_VALUE,
          "ICPSR " + icpsr + " has no name; the person is named 'ICPSR " + icpsr + "'");
      name = "ICPSR " + icpsr;
    } else {
      int comma = name.indexOf(',');
      if (comma > 0 && comma < name.length() - 1) {
        person.familyName(name.substring(0, comma).strip()).givenName(name.substring(comma + 1).strip());
      }
    }
    person.name(MultilingualText.of("en", name)).sortName(name);
    PartialDate born = year(file, line, BORN, layout.get(row, BORN));
    if (born != null) {
      person.birthDate(born);
    }
    PartialDate died = year(file, line, DIED, layout.get(row, DIED));
    if (died != null) {
      person.deathDate(died);
    }
    persons.put(id, person);
    personSources.put(id, source);
    personOfIcpsr.put(icpsr, id);
    return id;
  }

  /** A year written as a decimal, {@code 1941.0}; null when blank or unreadable. */
  private PartialDate year(String file, long line, String column, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      int year = new BigDecimal(text).intValueExact();
      if (year >= 1 && year <= 9999) {
        return PartialDate.of(year);
      }
    } catch (ArithmeticException | NumberFormatException unreadable) {
      // reported below
    }
    warnings.add(file, line, column, ImportWarningCode.UNREADABLE_NUMBER,
        "'" + text + "' is not a year; the person is kept without it");
    return null;
  }

  private Organization party(int code, Reference<Source> source) {
    return parties.computeIfAbsent(code, c -> Organization.builder()
        .id("party-voteview-" + c)
        .name(MultilingualText.of("en", PARTIES.getOrDefault(c, "Voteview party " + c)))
        .kind(OrganizationKind.PARTY)
        .addIdentifiers(Identifier.of(PARTY_SCHEME, Integer.toString(c)))
        .addSources(source)
        .build());
  }

  /** Writes the parties, persons and memberships read, once every members file is read. */
  void write(VoteviewSink out) throws IOException {
    if (written) {
      return;
    }
    written = true;
    for (Organization party : parties.values()) {
      out.write(party);
    }
    for (Map.Entry<String, Person.Builder> person : persons.entrySet()) {
      out.write(person.getValue().addSources(personSources.get(person.getKey())).build());
    }
    for (Row row : rows) {
      Membership.Builder membership =
          Membership.builder()
              .id("membership-voteview-" + VoteviewChambers.memberKey(row.chamber, row.congress, row.icpsr))
              .member(Reference.to(row.personId))
              .organization(Reference.of(out.legislature(row.chamber, row.source)))
              .session(Reference.of(out.congress(row.chamber, row.congress, row.source)))
              .role(row.chamber.memberRole)
              .addSources(row.source);
      String post = post(row);
      if (!post.isEmpty()) {
        membership.post(post);
      }
      if (row.party != null) {
        membership.onBehalfOf(Reference.to("party-voteview-" + row.party));
      }
      try {
        out.write(membership.build());
      } catch (ValidationException invalid) {
        warnings.add(out.fileOf(row.source), row.line, null, ImportWarningCode.INVALID_VALUE,
            "the membership of ICPSR " + row.icpsr + " is not mapped: " + invalid.getMessage());
      }
    }
    rows.clear();
    persons.clear();
  }

  /** The state, and for the House the district: {@code VT}, {@code CA-12}. */
  private static String post(Row row) {
    if (row.state.isEmpty() || row.chamber.senate || row.district.isEmpty() || row.district.equals("0")) {
      return row.state;
    }
    return row.state + "-" + row.district;
  }

  /** The member of a chamber in a congress, or null when the members files do not list them. */
  Member member(VoteviewChambers.Chamber chamber, int congress, int icpsr) {
    return members.get(VoteviewChambers.memberKey(chamber, congress, icpsr));
  }

  /** The person of an ICPSR id in any congress, or null. */
  String personOf(int icpsr) {
    return personOfIcpsr.get(icpsr);
  }
}
