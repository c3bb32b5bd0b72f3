package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Memberships as EveryPolitician and the UN publish them. Christian Wakeford, elected MP for Bury
 * South on 12 December 2019 as a Conservative, crossed the floor to Labour on 19 January 2022
 * (as the House of Commons' Members' records show). South Sudan was admitted to the United
 * Nations on 14 July 2011 (resolution A/RES/65/308); France has been a member since 24 October
 * 1945.
 */
final class MembershipsTest {
  private static final Legislature COMMONS =
      Legislature.builder().id("uk-commons").name(MultilingualText.of("en", "House of Commons")).build();
  private static final Organization CONSERVATIVES = group("group-conservative", "Conservative");
  private static final Organization LABOUR = group("group-labour", "Labour");
  private static final Person WAKEFORD = Person.builder().id("person-wakeford").name(MultilingualText.of("en", "Christian Wakeford")).build();
  private static final Person OTHER_MP = Person.builder().id("person-other").name(MultilingualText.of("en", "Another Member")).build();
  private static final Membership SEAT =
      Membership.builder()
          .id("m-wakeford-commons")
          .member(Reference.to(WAKEFORD.id()))
          .organization(Reference.to(COMMONS.id()))
          .role("member")
          .post("Bury South")
          .start(PartialDate.of(2019, 12, 12))
          .build();
  private static final Membership AS_CONSERVATIVE =
      Membership.builder()
          .id("m-wakeford-conservative")
          .member(Reference.to(WAKEFORD.id()))
          .organization(Reference.to(CONSERVATIVES.id()))
          .start(PartialDate.of(2019, 12, 12))
          .end(PartialDate.of(2022, 1, 19))
          .build();
  private static final Membership AS_LABOUR =
      Membership.builder()
          .id("m-wakeford-labour")
          .member(Reference.to(WAKEFORD.id()))
          .organization(Reference.to(LABOUR.id()))
          .start(PartialDate.of(2022, 1, 19))
          .build();
  private static final Motion BILL =
      Motion.builder().id("commons-bill").legislature(Reference.to(COMMONS.id())).title(MultilingualText.of("en", "A bill")).build();

  private static Organization group(String id, String name) {
    return Organization.builder().id(id).name(MultilingualText.of("en", name)).kind(OrganizationKind.POLITICAL_GROUP).build();
  }

  private static Dossier commons(ChanceryRecord... more) {
    List<ChanceryRecord> records =
        new ArrayList<>(List.of(COMMONS, CONSERVATIVES, LABOUR, WAKEFORD, OTHER_MP, SEAT, AS_CONSERVATIVE, AS_LABOUR, BILL));
    records.addAll(List.of(more));
    return Dossier.of(records);
  }

  private static Vote division(PartialDate date, Ballot... ballots) {
    return Vote.builder().id("division").motion(Reference.to(BILL.id())).date(date).addBallots(ballots).build();
  }

  private static List<String> found(Dossier dossier) {
    return dossier.check().findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void answersWhatAMembersGroupWasOnADate() {
    Dossier dossier = commons();

    assertThat(dossier.groupOn(Reference.to(WAKEFORD.id()), PartialDate.of(2021, 12, 1))).contains(CONSERVATIVES);
    assertThat(dossier.groupOn(Reference.to(WAKEFORD.id()), PartialDate.of(2022, 2, 1))).contains(LABOUR);
    // January 2022 holds both: the membership that began last is taken.
    assertThat(dossier.groupOn(Reference.to(WAKEFORD.id()), PartialDate.of(2022, 1))).contains(LABOUR);
    assertThat(dossier.groupOn(Reference.to(WAKEFORD.id()), PartialDate.of(2019, 1, 1))).isEmpty();
    assertThat(dossier.groupOn(Reference.to(OTHER_MP.id()), PartialDate.of(2021, 12, 1))).isEmpty();
  }

  @Test
  void answersWhoTheMembersOfABodyWereOnADate() {
    Dossier dossier = commons();

    assertThat(dossier.membersOn(Reference.to(COMMONS.id()), PartialDate.of(2020, 6, 1))).containsExactly(Reference.to(WAKEFORD.id()));
    assertThat(dossier.membersOn(Reference.to(COMMONS.id()), PartialDate.of(2019, 6, 1))).isEmpty();
    assertThat(dossier.membersOn(Reference.to(LABOUR.id()), PartialDate.of(2021, 12, 1))).isEmpty();
    assertThat(dossier.membershipsHeldBy(Reference.to(WAKEFORD.id()), PartialDate.of(2021, 12, 1)))
        .containsExactly(SEAT, AS_CONSERVATIVE);
  }

  @Test
  void warnsOfABallotWhoseGroupIsNotTheVotersGroupOnTheDay() {
    Ballot asConservative = Ballot.of(Reference.to(WAKEFORD.id()), VoteOption.YES).withGroup(Reference.to(CONSERVATIVES.id()));

    assertThat(found(commons(division(PartialDate.of(2022, 1, 25), asConservative))))
        .containsExactly("ballot-group-mismatch records[9].ballots[0].group_id");
    assertThat(commons(division(PartialDate.of(2022, 1, 25), asConservative)).check().findings().get(0).message())
        .isEqualTo("the ballot gives group 'group-conservative', but on 2022-01-25 'person-wakeford' was a recorded member of 'group-labour'");
    assertThat(found(commons(division(PartialDate.of(2021, 11, 25), asConservative)))).isEmpty();
    // The day he crossed the floor may be either.
    assertThat(found(commons(division(PartialDate.of(2022, 1, 19), asConservative)))).isEmpty();
  }

  @Test
  void warnsOfABallotFromAPersonWhoWasNotAMemberOfTheVotingBody() {
    Ballot fromOutside = Ballot.of(Reference.to(OTHER_MP.id()), VoteOption.NO);
    Ballot fromWakeford = Ballot.of(Reference.to(WAKEFORD.id()), VoteOption.YES);

    assertThat(found(commons(division(PartialDate.of(2020, 3, 1), fromWakeford, fromOutside))))
        .containsExactly("ballot-from-non-member records[9].ballots[1].voter_id");
    assertThat(found(commons(division(PartialDate.of(2019, 10, 1), fromWakeford))))
        .containsExactly("ballot-from-non-member records[9].ballots[0].voter_id");
  }

  @Test
  void warnsOfAStateThatVotedBeforeItWasAdmitted() {
    Legislature assembly =
        Legislature.builder().id("un-general-assembly").name(MultilingualText.of("en", "United Nations General Assembly")).build();
    State france = State.builder().id("state-fr").countryCode(CountryCode.parse("FR")).name(MultilingualText.of("en", "France")).build();
    State southSudan =
        State.builder().id("state-ss").countryCode(CountryCode.parse("SS")).name(MultilingualText.of("en", "South Sudan")).build();
    Membership franceInTheUn =
        Membership.builder().id("m-fr").member(Reference.to(france.id())).organization(Reference.to(assembly.id())).start(PartialDate.of(1945, 10, 24)).build();
    Membership southSudanInTheUn =
        Membership.builder().id("m-ss").member(Reference.to(southSudan.id())).organization(Reference.to(assembly.id())).start(PartialDate.of(2011, 7, 14)).build();
    Motion resolution =
        Motion.builder().id("a-res").legislature(Reference.to(assembly.id())).title(MultilingualText.of("en", "A resolution")).build();
    Ballot[] ballots = {Ballot.of(Reference.to(france.id()), VoteOption.YES), Ballot.of(Reference.to(southSudan.id()), VoteOption.YES)};
    List<ChanceryRecord> records = new ArrayList<>(List.of(assembly, france, southSudan, franceInTheUn, southSudanInTheUn, resolution));

    records.add(Vote.builder().id("vote-2010").motion(Reference.to(resolution.id())).date(PartialDate.of(2010, 12, 21)).addBallots(ballots).build());
    records.add(Vote.builder().id("vote-2012").motion(Reference.to(resolution.id())).date(PartialDate.of(2012, 12, 20)).addBallots(ballots).build());

    assertThat(found(Dossier.of(records))).containsExactly("ballot-from-non-member records[6].ballots[1].voter_id");
    assertThat(Dossier.of(records).membersOn(Reference.to(assembly.id()), PartialDate.of(2010))).containsExactly(Reference.to(france.id()));
  }

  @Test
  void rejectsAMembershipEndingBeforeItBeganOrOfItself() {
    once(() -> AS_CONSERVATIVE.withEnd(PartialDate.of(2019, 1, 1)), "end", ViolationCode.DATE_ORDER);
    once(() -> AS_LABOUR.withOrganization(Reference.to(WAKEFORD.id())), "organization_id", ViolationCode.SELF_REFERENCE);
    assertThat(pathsAndCodes(() -> Membership.builder().id("m").role(" ").build()))
        .containsExactly("member_id required", "organization_id required", "role blank");
  }

  @Test
  void doesNotCompareAGroupTheDossierDoesNotHoldOrThatHasNoKind() {
    Ballot inAnUnknownGroup = Ballot.of(Reference.to(WAKEFORD.id()), VoteOption.YES).withGroup(Reference.to("group-unknown"));

    assertThat(found(commons(division(PartialDate.of(2022, 1, 25), inAnUnknownGroup))))
        .containsExactly("dangling-reference records[9].ballots[0].group_id");
  }
}
