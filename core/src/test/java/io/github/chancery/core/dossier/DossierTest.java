package io.github.chancery.core.dossier;

import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.diplomacy.Position;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class DossierTest {
  static final Source SOURCE = Source.builder().id("src-1").publisher("AzerNews").build();
  static final State AZ = state("state-az", "AZ");
  static final State FR = state("state-fr", "FR");
  static final Legislature SENATE =
      Legislature.builder().id("leg-senat").name(MultilingualText.of("fr", "Sénat")).seatCount(348).build();
  static final Motion MOTION =
      Motion.builder()
          .id("motion-1")
          .legislature(Reference.to("leg-senat"))
          .title(MultilingualText.of("fr", "Résolution"))
          .addSource(Reference.to("src-1"))
          .build();
  static final Vote VOTE =
      Vote.builder().id("vote-1").motion(Reference.to("motion-1")).result(VoteResult.ADOPTED).addSource(Reference.to("src-1")).build();
  static final ProtestNote NOTE =
      ProtestNote.builder()
          .id("note-1")
          .sender(Reference.<State>to("state-az"))
          .recipient(Reference.<State>to("state-fr"))
          .addProtestedAct(Reference.<Motion>to("motion-1"))
          .addSource(Reference.to("src-1"))
          .build();
  static final Statement STATEMENT =
      Statement.builder()
          .id("statement-1")
          .author(Reference.<State>to("state-az"))
          .addPosition(Position.of(Stance.CONDEMNS, Reference.<ProtestNote>to("note-1"), Reference.<Motion>to("motion-1")))
          .build();
  static final Treaty TREATY =
      Treaty.builder()
          .id("treaty-1")
          .title(MultilingualText.of("en", "Agreement"))
          .addParty(Reference.<State>to("state-az"))
          .addParty(Reference.<State>to("state-fr"))
          .build();

  static State state(String id, String code) {
    return State.builder().id(id).countryCode(CountryCode.parse(code)).name(MultilingualText.of("en", id)).build();
  }

  static Dossier story() {
    return Dossier.of(List.of(SOURCE, AZ, FR, SENATE, MOTION, VOTE, NOTE, STATEMENT, TREATY));
  }

  @Test
  void dossiersOfEqualRecordsInTheSameOrderAreEqual() {
    Dossier one = Dossier.of(List.of(SOURCE, AZ, FR, SENATE, MOTION, VOTE));

    assertThat(one).isEqualTo(Dossier.of(List.of(SOURCE, AZ, FR, SENATE, MOTION, Vote.builder().from(VOTE).build())))
        .hasSameHashCodeAs(Dossier.of(List.of(SOURCE, AZ, FR, SENATE, MOTION, VOTE)));
    assertThat(one).isNotEqualTo(Dossier.of(List.of(SOURCE, FR, AZ, SENATE, MOTION, VOTE)));
    assertThat(one).isNotEqualTo(Dossier.of(List.of(SOURCE, AZ, FR, SENATE, MOTION)));
  }

  @Test
  void printsAShortSummaryOfItsRecordsByType() {
    assertThat(Dossier.of(List.of(SOURCE, AZ, FR, SENATE, MOTION, VOTE)))
        .hasToString("Dossier of 6 records: 2 state, 1 legislature, 1 motion, 1 vote, 1 source");
    assertThat(Dossier.of(List.of(AZ))).hasToString("Dossier of 1 record: 1 state");
    assertThat(Dossier.of(List.of())).hasToString("Dossier of 0 records");
  }

  @Test
  void findsRecordsByIdAndType() {
    Dossier dossier = story();

    assertThat(dossier.size()).isEqualTo(9);
    assertThat(dossier.get("vote-1")).contains(VOTE);
    assertThat(dossier.get("vote-1", Vote.class)).contains(VOTE);
    assertThat(dossier.get("vote-1", Motion.class)).isEmpty();
    assertThat(dossier.get("nothing")).isEmpty();
    assertThat(dossier.resolve(VOTE.motion(), Motion.class)).contains(MOTION);
    assertThat(dossier.all(State.class)).containsExactly(AZ, FR);
    assertThat(dossier.ofType(RecordType.PROTEST_NOTE)).containsExactly(NOTE);
    assertThat(dossier.positionOf("motion-1")).hasValue(4);
  }

  @Test
  void followsLinksBackwardsWithoutLoops() {
    Dossier dossier = story();

    assertThat(dossier.votesOn(Reference.of(MOTION))).containsExactly(VOTE);
    assertThat(dossier.protestsAgainst(Reference.of(MOTION))).containsExactly(NOTE);
    assertThat(dossier.statementsConcerning(Reference.of(NOTE))).containsExactly(STATEMENT);
    assertThat(dossier.statementsConcerning(Reference.of(MOTION))).containsExactly(STATEMENT);
    assertThat(dossier.treatiesWithParty(Reference.of(FR))).containsExactly(TREATY);
    assertThat(dossier.supportedBy(Reference.of(SOURCE))).containsExactly(MOTION, VOTE, NOTE);
    assertThat(dossier.referralsTo("state-az")).extracting(r -> r.link().path())
        .containsExactly("sender_id", "author_id", "party_ids[0]");
  }

  @Test
  void rejectsTwoRecordsWithTheSameId() {
    State twin = state("state-az", "AM");

    assertThat(pathsAndCodes(() -> Dossier.of(List.of(AZ, FR, twin))))
        .containsExactly("records[2].id duplicate");
  }

  @Test
  void reportsADanglingReferenceWithItsPath() {
    Dossier dossier = Dossier.of(List.of(SOURCE, VOTE));

    assertThat(dossier.referenceProblems()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.DANGLING_REFERENCE);
      assertThat(f.path()).isEqualTo("records[1].motion_id");
      assertThat(f.recordId()).isEqualTo("vote-1");
      assertThat(f.message()).contains("motion-1");
    });
  }

  @Test
  void reportsAReferenceToARecordOfTheWrongType() {
    Vote onAState = VOTE.withMotion(Reference.to("state-az"));

    assertThat(Dossier.of(List.of(SOURCE, AZ, onAState)).referenceProblems())
        .extracting(f -> f.code() + " " + f.path())
        .containsExactly("wrong-reference-type records[2].motion_id");
  }

  @Test
  void aCompleteDossierHasNoReferenceProblems() {
    assertThat(story().referenceProblems()).isEmpty();
  }

  @Test
  void collectsAStreamIntoADossier() {
    Dossier dossier = Stream.<ChanceryRecord>of(SOURCE, MOTION, VOTE).collect(Dossier.toDossier());

    assertThat(dossier.records()).containsExactly(SOURCE, MOTION, VOTE);
    assertThat(dossier.toBuilder().add(SENATE).build().size()).isEqualTo(4);
  }
}
