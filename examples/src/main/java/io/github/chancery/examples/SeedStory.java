package io.github.chancery.examples;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.NameKind;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.actor.ClaimKind;
import io.github.chancery.core.actor.Claim;
import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.diplomacy.NoteForm;
import io.github.chancery.core.diplomacy.Position;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.MotionSubject;
import io.github.chancery.core.legislature.SubjectKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.treaty.TreatyKind;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every act of the story told by an AzerNews article of December 2020 (Vafa Ismayilova): the
 * Canadian Senate's rejected motion, the French Senate's and National Assembly's resolutions,
 * Azerbaijan's two protest notes and its Foreign Ministry's statement, the trilateral statement
 * of 10 November 2020, and the four Security Council resolutions of 1993, with the actors and
 * the sources behind them.
 *
 * <p>Words such as "self-proclaimed" are the article's and are kept as its quotes; the records
 * say who did, claimed or protested what, and on whose report. Facts the article does not give
 * (the French Senate's counts) come from a separate source that is cited where they are used.
 *
 * <p>Stateless and thread-safe; each call builds new, immutable records.
 */
public final class SeedStory {
  private SeedStory() {}

  /**
   * Returns the reference of the AzerNews article, the story's main source.
   *
   * @return the reference of the article's source record
   */
  public static Reference<Source> article() {
    return Reference.to("src-azernews-2020-12-canada-senate");
  }

  /**
   * Returns the reference of Senator Housakos's tweet of 9 December 2020.
   *
   * @return the reference of the tweet's source record
   */
  public static Reference<Source> tweet() {
    return Reference.to("src-housakos-tweet-2020-12-09");
  }

  /**
   * Returns the reference of the French Senate's record of its vote of 25 November 2020.
   *
   * @return the reference of the Senate record's source record
   */
  public static Reference<Source> senatRecord() {
    return Reference.to("src-senat-scrutin-2020-11-25");
  }

  /**
   * Builds every record of the story: sources first, then actors, then acts.
   *
   * @return a new, modifiable list of the records
   */
  public static List<ChanceryRecord> records() {
    List<ChanceryRecord> records = new ArrayList<>();

    // Sources.
    records.add(
        Source.builder()
            .id(article().id())
            .kind(SourceKind.NEWS_ARTICLE)
            .publisher("AzerNews")
            .authorName("Vafa Ismayilova")
            .publishedOn(PartialDate.of(2020, 12))
            .language(LanguageTag.parse("en"))
            .addQuote(
                "The Canadian Senate has rejected a motion on the recognition of independence of"
                    + " the self-proclaimed entity in Azerbaijan's Nagorno-Karabakh region.")
            .addQuote(
                "The Azerbaijani Foreign Ministry ruled out any legal force of the resolutions and"
                    + " said that they run counter to all existing international documents.")
            .build());
    records.add(
        Source.builder()
            .id(tweet().id())
            .kind(SourceKind.SOCIAL_MEDIA_POST)
            .publisher("Twitter")
            .authorName("Leo Housakos")
            .author(Reference.<Person>to("person-leo-housakos"))
            .publishedOn(PartialDate.of(2020, 12, 9))
            .addSource(article())
            .build());
    records.add(
        Source.builder()
            .id(senatRecord().id())
            .kind(SourceKind.OFFICIAL_RECORD)
            .publisher("Sénat")
            .title(MultilingualText.of("fr", "Scrutin public sur la proposition de résolution n° 150"))
            .url(URI.create("https://www.senat.fr/"))
            .publishedOn(PartialDate.of(2020, 11, 25))
            .build());

    // States and the entity whose status they dispute.
    // The article names governments by their capitals ("Baku sent its protest note to Paris").
    records.add(state("state-az", "AZ", "Azerbaijan", "Azərbaycan").withOtherNames(metonym("Baku")));
    records.add(state("state-am", "AM", "Armenia", "Հայաստան"));
    records.add(state("state-ru", "RU", "Russia", "Россия"));
    records.add(state("state-fr", "FR", "France", "France").withOtherNames(metonym("Paris")));
    records.add(state("state-ca", "CA", "Canada", "Canada"));
    records.add(
        DisputedEntity.builder()
            .id("entity-nagorno-karabakh")
            .name(
                MultilingualText.of(
                    Map.of(
                        "en", "Nagorno-Karabakh",
                        "fr", "Haut-Karabagh",
                        "az", "Dağlıq Qarabağ",
                        "hy", "Արցախ")))
            .addClaim(
                Claim.of(ClaimKind.INDEPENDENCE)
                    .withClaimedName(MultilingualText.of("en", "Nagorno-Karabakh Republic")))
            .addOtherName(OtherName.of("en", "Karabakh").withKind(NameKind.SHORT).withNote("as the AzerNews article uses it"))
            .internationallyRecognisedAsPartOf(Reference.<State>to("state-az"))
            .addSource(article())
            .build());

    // Organisations and bodies.
    records.add(
        Organization.builder()
            .id("org-az-mfa")
            .name(MultilingualText.of("en", "Ministry of Foreign Affairs of the Republic of Azerbaijan"))
            .addOtherName(OtherName.of("en", "Azerbaijani Foreign Ministry"))
            .kind(OrganizationKind.GOVERNMENT_BODY)
            .abbreviation("MFA")
            .parent(Reference.<State>to("state-az"))
            .build());
    records.add(
        Organization.builder()
            .id("org-un")
            .name(MultilingualText.of(Map.of("en", "United Nations", "fr", "Nations unies")))
            .kind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
            .abbreviation("UN")
            .build());
    records.add(
        Legislature.builder()
            .id("leg-ca-senate")
            .name(MultilingualText.of(Map.of("en", "Senate of Canada", "fr", "Sénat du Canada")))
            .kind(LegislatureKind.UPPER_CHAMBER)
            .jurisdiction(Reference.<State>to("state-ca"))
            .seatCount(105)
            .build());
    records.add(
        Legislature.builder()
            .id("leg-fr-parlement")
            .name(MultilingualText.of("fr", "Parlement français"))
            .kind(LegislatureKind.BICAMERAL_PARLIAMENT)
            .jurisdiction(Reference.<State>to("state-fr"))
            .build());
    records.add(
        Legislature.builder()
            .id("leg-fr-senat")
            .name(MultilingualText.of(Map.of("fr", "Sénat", "en", "French Senate")))
            .kind(LegislatureKind.UPPER_CHAMBER)
            .jurisdiction(Reference.<State>to("state-fr"))
            .parent(Reference.<Legislature>to("leg-fr-parlement"))
            .seatCount(348)
            .build());
    records.add(
        Legislature.builder()
            .id("leg-fr-assemblee")
            .name(MultilingualText.of(Map.of("fr", "Assemblée nationale", "en", "National Assembly")))
            .kind(LegislatureKind.LOWER_CHAMBER)
            .jurisdiction(Reference.<State>to("state-fr"))
            .parent(Reference.<Legislature>to("leg-fr-parlement"))
            .seatCount(577)
            .build());
    records.add(
        Legislature.builder()
            .id("leg-un-security-council")
            .name(MultilingualText.of(Map.of("en", "Security Council", "fr", "Conseil de sécurité")))
            .kind(LegislatureKind.INTERNATIONAL_ORGAN)
            .jurisdiction(Reference.<Organization>to("org-un"))
            .parent(Reference.<Organization>to("org-un"))
            .seatCount(15)
            .build());

    // Persons and their offices.
    records.add(
        Person.builder()
            .id("person-leo-housakos")
            .name(MultilingualText.of("en", "Leo Housakos"))
            .addOffice(
                Office.of("Senator").withOrganization(Reference.<Legislature>to("leg-ca-senate")))
            .addSource(article())
            .build());
    // The article names him as a senator: his seat in the Senate of Canada as a membership.
    records.add(
        Membership.builder()
            .id("membership-housakos-ca-senate")
            .member(Reference.<Person>to("person-leo-housakos"))
            .organization(Reference.<Legislature>to("leg-ca-senate"))
            .role("Senator")
            .addSource(article())
            .build());
    records.add(leader("person-ilham-aliyev", "Ilham Aliyev", "President", "state-az"));
    records.add(leader("person-nikol-pashinyan", "Nikol Pashinyan", "Prime Minister", "state-am"));
    records.add(leader("person-vladimir-putin", "Vladimir Putin", "President", "state-ru"));

    // The Canadian motion, rejected; only the result was reported.
    Reference<DisputedEntity> entity = Reference.to("entity-nagorno-karabakh");
    records.add(
        Motion.builder()
            .id("motion-ca-senate-nk-recognition")
            .legislature(Reference.to("leg-ca-senate"))
            .kind(MotionKind.MOTION)
            .title(
                MultilingualText.of(
                    "en",
                    "Motion on the recognition of independence of the entity in Nagorno-Karabakh"))
            .addSubject(MotionSubject.of(SubjectKind.RECOGNITION, entity))
            .addSources(article(), tweet())
            .build());
    records.add(
        Vote.builder()
            .id("vote-ca-senate-nk-recognition")
            .motion(Reference.to("motion-ca-senate-nk-recognition"))
            .result(VoteResult.REJECTED)
            .addSources(tweet(), article())
            .build());

    // The Senate's ordinary session of 2020-2021, which numbers its texts afresh: "n° 150 (2020-2021)".
    records.add(
        Session.builder()
            .id("session-fr-senat-2020-2021")
            .legislature(Reference.to("leg-fr-senat"))
            .kind(SessionKind.SESSION)
            .name(MultilingualText.of("fr", "Session ordinaire de 2020-2021"))
            .identifier("2020-2021")
            .start(PartialDate.of(2020, 10, 1))
            .end(PartialDate.of(2021, 6, 30))
            .addSource(senatRecord())
            .build());

    // The French Senate's draft resolution, adopted on 25 November 2020.
    records.add(
        Motion.builder()
            .id("motion-fr-senat-ppr-150")
            .legislature(Reference.to("leg-fr-senat"))
            .session(Reference.to("session-fr-senat-2020-2021"))
            .kind(MotionKind.DRAFT_RESOLUTION)
            .identifier("n° 150 (2020-2021)")
            .title(
                MultilingualText.of(
                    Map.of(
                        "fr", "Sur la nécessité de reconnaître la République du Haut-Karabagh",
                        "en", "On the need to recognize the 'Nagorno-Karabakh Republic'")))
            .legalBasis("Article 34-1 of the Constitution")
            .addSubject(MotionSubject.of(SubjectKind.RECOGNITION, entity))
            .addSource(article())
            .build());
    records.add(
        Vote.builder()
            .id("vote-fr-senat-ppr-150")
            .motion(Reference.to("motion-fr-senat-ppr-150"))
            .session(Reference.to("session-fr-senat-2020-2021"))
            .result(VoteResult.ADOPTED)
            .date(PartialDate.of(2020, 11, 25))
            .method(VoteMethod.RECORDED)
            .rule(VotingRule.SIMPLE_MAJORITY)
            .addCounts(Count.of(VoteOption.YES, 305), Count.of(VoteOption.NO, 1))
            .addSources(article(), senatRecord())
            .build());

    // The National Assembly's resolution, adopted "later"; the article gives no date.
    records.add(
        Motion.builder()
            .id("motion-fr-an-armenian-people")
            .legislature(Reference.to("leg-fr-assemblee"))
            .kind(MotionKind.RESOLUTION)
            .title(
                MultilingualText.of(
                    "en",
                    "Protection of the Armenian People and Christian Communities of Europe and the"
                        + " East"))
            .addSubject(MotionSubject.of(SubjectKind.HUMAN_RIGHTS))
            .addSource(article())
            .build());
    records.add(
        Vote.builder()
            .id("vote-fr-an-armenian-people")
            .motion(Reference.to("motion-fr-an-armenian-people"))
            .result(VoteResult.ADOPTED)
            .date(PartialDate.of(2020))
            .addSource(article())
            .build());

    // Azerbaijan's two protest notes to France.
    records.add(
        ProtestNote.builder()
            .id("note-az-fr-2020-11-26")
            .sender(Reference.<State>to("state-az"))
            .recipient(Reference.<State>to("state-fr"))
            .date(PartialDate.of(2020, 11, 26))
            .form(NoteForm.NOTE)
            .addProtestedAct(Reference.<Motion>to("motion-fr-senat-ppr-150"))
            .addProtestedAct(Reference.<Vote>to("vote-fr-senat-ppr-150"))
            .summary(MultilingualText.of("en", "Protest over the French Senate's resolution."))
            .addSource(article())
            .build());
    records.add(
        ProtestNote.builder()
            .id("note-az-fr-national-assembly")
            .sender(Reference.<State>to("state-az"))
            .recipient(Reference.<State>to("state-fr"))
            .date(PartialDate.of(2020))
            .form(NoteForm.NOTE)
            .addProtestedAct(Reference.<Motion>to("motion-fr-an-armenian-people"))
            .addSource(article())
            .build());

    // The Foreign Ministry's statement; "invokes" is a stance the library does not know, kept as is.
    records.add(
        Statement.builder()
            .id("statement-az-mfa-french-resolutions")
            .author(Reference.<Organization>to("org-az-mfa"))
            .date(PartialDate.of(2020))
            .addPosition(
                Position.of(
                    Stance.REJECTS,
                    Reference.<Motion>to("motion-fr-senat-ppr-150"),
                    Reference.<Motion>to("motion-fr-an-armenian-people")))
            .addPosition(
                Position.of(Stance.of("invokes"), Reference.<Treaty>to("treaty-trilateral-statement-2020-11-10")))
            .summary(
                MultilingualText.of(
                    "en",
                    "Ruled out any legal force of the resolutions, which it said run counter to all"
                        + " existing international documents and contradict the trilateral"
                        + " statement of 10 November 2020."))
            .addSource(article())
            .build());

    // The trilateral statement of 10 November 2020, brokered by Russia, which also signed it.
    PartialDate signed = PartialDate.of(2020, 11, 10);
    records.add(
        Treaty.builder()
            .id("treaty-trilateral-statement-2020-11-10")
            .title(
                MultilingualText.of(
                    "en",
                    "Statement by the President of the Republic of Azerbaijan, the Prime Minister of"
                        + " the Republic of Armenia and the President of the Russian Federation"))
            .kind(TreatyKind.TRILATERAL_STATEMENT)
            .addParty(Reference.<State>to("state-az"))
            .addParty(Reference.<State>to("state-am"))
            .addParty(Reference.<State>to("state-ru"))
            .addMediator(Reference.<State>to("state-ru"))
            .addSignature(signature("person-ilham-aliyev", "President", "state-az", signed))
            .addSignature(signature("person-nikol-pashinyan", "Prime Minister", "state-am", signed))
            .addSignature(signature("person-vladimir-putin", "President", "state-ru", signed))
            .concludedOn(signed)
            .entryIntoForce(PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]"))
            .addSource(article())
            .build());

    // The four Security Council resolutions of 1993 the article cites.
    for (int number : new int[] {822, 853, 874, 884}) {
      records.add(
          Motion.builder()
              .id("motion-un-sc-res-" + number)
              .legislature(Reference.to("leg-un-security-council"))
              .kind(MotionKind.RESOLUTION)
              .identifier("S/RES/" + number + " (1993)")
              .title(MultilingualText.of("en", "Security Council resolution " + number + " (1993)"))
              .addSubject(MotionSubject.of(SubjectKind.WITHDRAWAL_OF_FORCES))
              .addSource(article())
              .build());
      records.add(
          Vote.builder()
              .id("vote-un-sc-res-" + number)
              .motion(Reference.to("motion-un-sc-res-" + number))
              .result(VoteResult.ADOPTED)
              .rule(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE)
              .date(PartialDate.of(1993))
              .addSource(article())
              .build());
    }
    return records;
  }

  private static State state(String id, String code, String english, String own) {
    return State.builder()
        .id(id)
        .countryCode(CountryCode.parse(code))
        .name(MultilingualText.of("en", english).with(ownLanguage(code), own))
        .build();
  }

  /** A capital city as the article uses it for its government; a kind of name the library does not list, kept verbatim. */
  private static OtherName metonym(String capital) {
    return OtherName.of("en", capital).withKind(NameKind.of("metonym")).withNote("the government, named by its capital");
  }

  private static String ownLanguage(String code) {
    switch (code) {
      case "AZ":
        return "az";
      case "AM":
        return "hy";
      case "RU":
        return "ru";
      default:
        return "fr";
    }
  }

  private static Person leader(String id, String name, String role, String state) {
    return Person.builder()
        .id(id)
        .name(MultilingualText.of("en", name))
        .addOffice(Office.of(role).withOrganization(Reference.<State>to(state)))
        .build();
  }

  private static Signature signature(
      String person, String capacity, String party, PartialDate date) {
    Reference<? extends Actor> behalf = Reference.<State>to(party);
    return Signature.of(Reference.to(person), behalf).withCapacity(capacity).withDate(date);
  }
}
