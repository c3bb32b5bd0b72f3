package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.vote.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sessions as parliaments publish them. The House of Commons numbers its divisions afresh in each
 * session: the session of 2019-21 (State Opening 19 December 2019, prorogation 29 April 2021)
 * and that of 2021-22 (11 May 2021 to 28 April 2022) each have a Division No. 1, as the
 * Commons Votes service lists them. The General Assembly's eleventh emergency special session
 * opened on 28 February 2022; resolution ES-11/1 was adopted at its 5th plenary meeting
 * (A/ES-11/PV.5) on 2 March 2022.
 */
final class SessionsTest {
  private static final Legislature COMMONS =
      Legislature.builder().id("uk-commons").name(MultilingualText.of("en", "House of Commons")).build();
  private static final Legislature ASSEMBLY =
      Legislature.builder().id("un-general-assembly").name(MultilingualText.of("en", "United Nations General Assembly")).build();
  private static final Session SESSION_2019_21 = commonsSession("2019-21", PartialDate.of(2019, 12, 19), PartialDate.of(2021, 4, 29));
  private static final Session SESSION_2021_22 = commonsSession("2021-22", PartialDate.of(2021, 5, 11), PartialDate.of(2022, 4, 28));
  private static final Session ES_11 =
      Session.builder()
          .id("unga-es-11")
          .legislature(Reference.to(ASSEMBLY.id()))
          .kind(SessionKind.EMERGENCY_SPECIAL_SESSION)
          .number(11)
          .identifier("ES-11")
          .start(PartialDate.of(2022, 2, 28))
          .build();
  private static final Session PV_5 =
      Session.builder()
          .id("unga-es-11-pv-5")
          .legislature(Reference.to(ASSEMBLY.id()))
          .kind(SessionKind.SITTING)
          .identifier("A/ES-11/PV.5")
          .parent(Reference.to(ES_11.id()))
          .start(PartialDate.of(2022, 3, 2))
          .end(PartialDate.of(2022, 3, 2))
          .build();
  private static final Motion BILL = motion("commons-bill", COMMONS);
  private static final Motion AGGRESSION = motion("a-es-11-l1", ASSEMBLY);

  private static Session commonsSession(String name, PartialDate start, PartialDate end) {
    return Session.builder()
        .id("uk-commons-" + name)
        .legislature(Reference.to(COMMONS.id()))
        .kind(SessionKind.SESSION)
        .name(MultilingualText.of("en", "Session " + name))
        .start(start)
        .end(end)
        .build();
  }

  private static Motion motion(String id, Legislature legislature) {
    return Motion.builder().id(id).legislature(Reference.to(legislature.id())).title(MultilingualText.of("en", id)).build();
  }

  private static Vote division(String id, Session session, String number, PartialDate date) {
    return Vote.builder()
        .id(id)
        .motion(Reference.to(BILL.id()))
        .session(Reference.to(session.id()))
        .identifier(number)
        .date(date)
        .build();
  }

  private static Dossier dossier(ChanceryRecord... more) {
    List<ChanceryRecord> records =
        new ArrayList<>(List.of(COMMONS, ASSEMBLY, SESSION_2019_21, SESSION_2021_22, ES_11, PV_5, BILL, AGGRESSION));
    records.addAll(List.of(more));
    return Dossier.of(records);
  }

  private static List<String> found(Dossier dossier) {
    return dossier.check().findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void tellsRollCallsWithTheSameNumberApartBySession() {
    Vote first = division("division-2019-21-1", SESSION_2019_21, "1", PartialDate.of(2020, 1, 7));
    Vote again = division("division-2021-22-1", SESSION_2021_22, "1", PartialDate.of(2021, 5, 17));
    Dossier dossier = dossier(first, again);

    assertThat(dossier.rollCall(Reference.to(SESSION_2021_22.id()), "1")).contains(again);
    assertThat(dossier.rollCall(Reference.to(SESSION_2019_21.id()), "1")).contains(first);
    assertThat(dossier.rollCall(Reference.to(SESSION_2019_21.id()), "2")).isEmpty();
    assertThat(found(dossier)).isEmpty();
  }

  @Test
  void reportsTwoRollCallsOfOneSessionWithTheSameNumber() {
    Vote first = division("division-2019-21-1", SESSION_2019_21, "1", PartialDate.of(2020, 1, 7));
    Vote copy = division("division-2019-21-1-bis", SESSION_2019_21, "1", PartialDate.of(2020, 1, 8));

    assertThat(found(dossier(first, copy))).containsExactly("duplicate-roll-call records[9].identifier");
    assertThat(found(dossier(first, copy.withOtherReportOf(Reference.to(first.id())).withDate(first.date().orElseThrow()))))
        .isEmpty();
  }

  @Test
  void reportsAVoteDatedOutsideItsSession() {
    // Between the prorogation of 29 April 2021 and the State Opening of 11 May 2021 the House did not sit.
    Vote duringProrogation = division("division-2019-21-x", SESSION_2019_21, "250", PartialDate.of(2021, 5, 5));

    assertThat(found(dossier(duringProrogation))).containsExactly("vote-outside-session records[8].date");
    assertThat(dossier(duringProrogation).check().findings().get(0).message())
        .isEqualTo("the vote of 2021-05-05 is outside session 'uk-commons-2019-21' (2019-12-19 to 2021-04-29)");
    // A month that holds the prorogation may be inside: not reported.
    assertThat(found(dossier(duringProrogation.withDate(PartialDate.of(2021, 4))))).isEmpty();
  }

  @Test
  void findsTheVotesOfASessionAndOfTheSittingsInIt() {
    Vote resolution =
        Vote.builder()
            .id("vote-a-res-es-11-1")
            .motion(Reference.to(AGGRESSION.id()))
            .session(Reference.to(PV_5.id()))
            .date(PartialDate.of(2022, 3, 2))
            .build();
    Dossier dossier = dossier(resolution);

    assertThat(dossier.votesIn(Reference.to(ES_11.id()))).containsExactly(resolution);
    assertThat(dossier.votesIn(Reference.to(PV_5.id()))).containsExactly(resolution);
    assertThat(dossier.votesIn(Reference.to(SESSION_2019_21.id()))).isEmpty();
    assertThat(found(dossier)).isEmpty();
  }

  @Test
  void reportsASessionOfAnotherLegislatureAndASittingOutsideItsSession() {
    Vote inTheWrongHouse =
        Vote.builder().id("vote-x").motion(Reference.to(AGGRESSION.id())).session(Reference.to(SESSION_2021_22.id())).build();
    Motion misfiled = AGGRESSION.withSession(Reference.to(SESSION_2021_22.id()));
    Session early = PV_5.withId("unga-es-11-pv-0").withStart(PartialDate.of(2022, 2, 1)).withEnd(PartialDate.of(2022, 2, 1));

    assertThat(found(dossier(inTheWrongHouse))).containsExactly("session-of-other-legislature records[8].session_id");
    assertThat(found(Dossier.of(List.of(COMMONS, ASSEMBLY, SESSION_2021_22, misfiled))))
        .containsExactly("session-of-other-legislature records[3].session_id");
    assertThat(found(dossier(early))).containsExactly("session-outside-parent records[8].start");
    assertThat(found(dossier(PV_5.withId("unga-es-11-pv-9").withParent(Reference.to(SESSION_2021_22.id())))))
        .containsExactly("session-of-other-legislature records[8].parent_id");
    Session lateSitting =
        Session.builder()
            .id("uk-commons-sitting")
            .legislature(Reference.to(COMMONS.id()))
            .kind(SessionKind.SITTING)
            .identifier("sitting")
            .parent(Reference.to(SESSION_2019_21.id()))
            .start(PartialDate.of(2021, 4, 29))
            .end(PartialDate.of(2021, 5, 3))
            .build();
    assertThat(found(dossier(lateSitting))).containsExactly("session-outside-parent records[8].end");
  }

  @Test
  void requiresANameANumberOrAnIdentifier() {
    once(
        () -> Session.builder().id("s").legislature(Reference.to(COMMONS.id())).start(PartialDate.of(2021)).build(),
        "name",
        ViolationCode.REQUIRED);
  }

  @Test
  void rejectsANumberBelowOneAnEndBeforeTheStartAndItselfAsParent() {
    assertThat(
            pathsAndCodes(
                () ->
                    Session.builder()
                        .from(SESSION_2019_21)
                        .number(0)
                        .end(PartialDate.of(2019, 1))
                        .parent(Reference.to(SESSION_2019_21.id()))
                        .build()))
        .containsExactly("number not-positive", "end date-order", "parent_id self-reference");
  }
}
