package io.github.chancery.popolo;

import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.NameKind;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dossier that takes every branch of the Popolo writer: states (with and without a country code
 * written as an identifier), a disputed entity as a member, legislatures of every kind, names in
 * several languages without {@code und}, other names of every kind with dates that have a time,
 * sources with and without a URL, sessions of every kind and date form, a motion put to several
 * votes, and ballots by name, with weights, tellers, pairs and groups. Its export was written once
 * with the Popolo writer of chancery-json, before Popolo moved onto the engine, and is kept in
 * {@code popolo/golden/imports.txt}: the export must stay the same bytes. Test code only.
 */
final class ExportFixture {
  private ExportFixture() {}

  private static MultilingualText text(String und) {
    return MultilingualText.of("und", und);
  }

  static Dossier dossier() {
    List<ChanceryRecord> records = new ArrayList<>();
    records.add(Source.builder().id("source-hansard").url(URI.create("https://hansard.example.org/2021/03/04"))
        .title(MultilingualText.of(Map.of("en", "Hansard, 4 March 2021"))).build());
    records.add(Source.builder().id("source-archive").title(text("A paper archive")).build());
    List<Reference<Source>> sources = List.of(Reference.to("source-hansard"), Reference.to("source-archive"));
    records.add(State.builder().id("fr").name(MultilingualText.of(Map.of("fr", "France", "en", "France (en)")))
        .countryCode(CountryCode.parse("FR")).start(PartialDate.parse("1958-10-04T12:00:00+01:00")).addAllSources(sources).build());
    records.add(State.builder().id("ua").name(text("Ukraine")).countryCode(CountryCode.parse("UA"))
        .addIdentifier(Identifier.of("wikidata", "Q212")).end(PartialDate.of(2100)).build());
    records.add(DisputedEntity.builder().id("disputed-1").name(text("A disputed entity")).build());
    LegislatureKind[] kinds = {LegislatureKind.UPPER_CHAMBER, LegislatureKind.LOWER_CHAMBER, LegislatureKind.UNICAMERAL,
        LegislatureKind.BICAMERAL_PARLIAMENT, LegislatureKind.INTERNATIONAL_ASSEMBLY};
    for (int k = 0; k < kinds.length; k++) {
      records.add(Legislature.builder().id("chamber-" + k).name(text("Chamber " + k)).kind(kinds[k]).build());
    }
    records.add(Legislature.builder().id("chamber-plain").name(text("Plain chamber")).parent(Reference.to("chamber-3")).build());
    records.add(Organization.builder().id("party-a").name(text("Party A")).kind(OrganizationKind.PARTY).abbreviation("PA")
        .parent(Reference.to("chamber-1")).addIdentifier(Identifier.of("popolo", "party/a")).build());
    records.add(Organization.builder().id("group-b").name(text("Group B")).kind(OrganizationKind.POLITICAL_GROUP).build());
    records.add(Organization.builder().id("un").name(text("United Nations")).kind(OrganizationKind.INTERNATIONAL_ORGANIZATION).build());
    records.add(Organization.builder().id("committee").name(text("A committee")).kind(OrganizationKind.of("committee")).build());
    records.add(Organization.builder().id("plain").name(text("A plain organization")).build());
    records.add(Person.builder().id("ann").name(MultilingualText.of(Map.of("en", "Ann Smith", "fr", "Anne Smith")))
        .addOtherName(OtherName.builder().name("Annie").language(LanguageTag.parse("en")).kind(NameKind.ALIAS)
            .start(PartialDate.parse("1990-01-02T03:04:05Z")).end(PartialDate.parse("1999-12-31T23:00:00")).note("a nickname").build())
        .addOtherName(OtherName.builder().name("A. Smith").kind(NameKind.FORMER).start(PartialDate.of(1980, 5)).build())
        .addIdentifier(Identifier.of("wikidata", "Q1")).addAllSources(sources).build());
    records.add(Person.builder().id("bob").name(text("Bob \"The Clerk\" Jones\\Esq.\t\u00e9\u0001")).build());
    records.add(Person.builder().id("cyd").name(MultilingualText.of(Map.of("uk", "Сід", "und", "Cyd"))).build());
    PartialDate paris = PartialDate.of(ZonedDateTime.of(1850, 7, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris")));
    records.add(Session.builder().id("term-1").legislature(Reference.to("chamber-1")).kind(SessionKind.TERM).name(text("First term"))
        .start(paris).end(PartialDate.parse("1851-03-04T15:30:00.75+01:00")).build());
    records.add(Session.builder().id("session-1").legislature(Reference.to("chamber-1")).kind(SessionKind.SESSION).identifier("1")
        .parent(Reference.to("term-1")).start(PartialDate.parse("2021-03-04T15:30:00")).end(PartialDate.of(2021, 12)).build());
    records.add(Session.builder().id("sitting-1").legislature(Reference.to("chamber-1")).kind(SessionKind.SITTING)
        .name(MultilingualText.of(Map.of("en", "Sitting of 4 March"))).number(12).build());
    records.add(Session.builder().id("special-1").legislature(Reference.to("chamber-4")).kind(SessionKind.SPECIAL_SESSION).identifier("S-1")
        .start(PartialDate.of(ZonedDateTime.of(2022, 3, 2, 10, 0, 0, 0, ZoneId.of("America/New_York")))).build());
    records.add(Session.builder().id("emergency-1").legislature(Reference.to("chamber-4")).kind(SessionKind.EMERGENCY_SPECIAL_SESSION)
        .identifier("ES-11").build());
    records.add(Session.builder().id("no-kind").legislature(Reference.to("chamber-2")).name(text("A session of no kind")).build());
    records.add(Session.builder().id("other-kind").legislature(Reference.to("chamber-2")).kind(SessionKind.of("recess")).name(text("Recess"))
        .build());
    records.add(Membership.builder().id("m-ann").member(Reference.to("ann")).organization(Reference.to("chamber-1")).role("member")
        .post("Member for Ayr").onBehalfOf(Reference.to("party-a")).session(Reference.to("term-1")).start(paris)
        .end(PartialDate.parse("1852-01-01T10:00:00.5Z")).addAllSources(sources).build());
    records.add(Membership.builder().id("m-fr").member(Reference.to("fr")).organization(Reference.to("un")).build());
    records.add(Membership.builder().id("m-disputed").member(Reference.to("disputed-1")).organization(Reference.to("un")).build());
    records.add(Membership.builder().id("m-nobody").member(Reference.to("nobody")).organization(Reference.to("un"))
        .start(PartialDate.parse("2020-01-01T10:00:00")).build());
    records.add(Motion.builder().id("motion-1").legislature(Reference.to("chamber-1")).title(MultilingualText.of(Map.of("en", "A bill")))
        .kind(MotionKind.BILL).identifier("Bill 7").addSponsor(Reference.to("ann")).addSponsor(Reference.to("bob"))
        .tabledOn(PartialDate.parse("2021-03-01T09:00:00.125+01:00")).session(Reference.to("session-1")).addAllSources(sources).build());
    records.add(Motion.builder().id("motion-2").legislature(Reference.to("chamber-1")).title(text("Second reading"))
        .kind(MotionKind.of("Second reading")).tabledOn(PartialDate.of(2021, 3)).build());
    records.add(Motion.builder().id("motion-3").legislature(Reference.to("chamber-2")).title(text("A motion never voted")).build());
    records.add(Vote.builder().id("vote-1").motion(Reference.to("motion-1")).legislature(Reference.to("chamber-1"))
        .session(Reference.to("session-1")).identifier("Division 42").date(PartialDate.parse("2021-03-04T15:30:00.250"))
        .result(VoteResult.ADOPTED).rule(VotingRule.of("three-fifths"))
        .addCounts(Count.of(VoteOption.YES, 3), Count.of(VoteOption.NO, 1), Count.of(VoteOption.YES, 2).withGroup(Reference.to("party-a")))
        .addBallot(Ballot.of(Reference.to("ann"), VoteOption.YES).withGroup(Reference.to("party-a")).withRole(Ballot.TELLER))
        .addBallot(Ballot.of(Reference.to("bob"), VoteOption.NO).withWeight(new BigDecimal("2.50")).withPair(Reference.to("ann")))
        .addBallot(Ballot.byName("Rogers (KY)", VoteOption.of("both")))
        .addAllSources(sources).build());
    records.add(Vote.builder().id("vote-2").motion(Reference.to("motion-1")).date(paris).result(VoteResult.REJECTED)
        .rule(VotingRule.SIMPLE_MAJORITY).build());
    records.add(Vote.builder().id("vote-3").motion(Reference.to("motion-2")).result(VoteResult.TIED)
        .date(PartialDate.of(ZonedDateTime.of(2021, 3, 4, 15, 30, 0, 0, ZoneId.of("Europe/London")))).build());
    return Dossier.of(records);
  }
}
