package io.github.chancery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Builds every act of the seed article, from a module outside core, with core's public API only. */
final class SeedStoryTest {
  private final List<ChanceryRecord> records = SeedStory.records();
  private final Map<String, ChanceryRecord> byId =
      records.stream().collect(Collectors.toMap(ChanceryRecord::id, Function.identity()));

  @Test
  void buildsEveryActOfTheArticleWithUniqueIds() {
    assertThat(byId).hasSameSizeAs(records);
    assertThat(records.stream().map(ChanceryRecord::recordType).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(RecordType.values());
  }

  @Test
  void everyReferencedSourceIsInTheStoryAndEveryActCitesOne() {
    Set<RecordType> acts =
        Set.of(RecordType.MOTION, RecordType.VOTE, RecordType.PROTEST_NOTE, RecordType.STATEMENT, RecordType.TREATY);
    for (ChanceryRecord record : records) {
      for (Reference<?> source : record.sources()) {
        assertThat(byId.get(source.id())).as(record.id() + " cites " + source).isNotNull()
            .extracting(ChanceryRecord::recordType).isEqualTo(RecordType.SOURCE);
      }
      if (acts.contains(record.recordType())) {
        assertThat(record.sources()).as(record.id()).isNotEmpty();
      }
    }
  }

  @Test
  void recordsTheCanadianRejectionWithNoCountsAsTheSenatorReportedIt() {
    Vote vote = (Vote) byId.get("vote-ca-senate-nk-recognition");

    assertThat(vote.isAdopted()).isFalse();
    assertThat(vote.counts()).isEmpty();
    assertThat(vote.sources()).contains(SeedStory.tweet());
  }

  @Test
  void recordsTheFrenchSenateAdoptionOnTheTwentyFifthOfNovember() {
    Vote vote = (Vote) byId.get("vote-fr-senat-ppr-150");

    assertThat(vote.isAdopted()).isTrue();
    assertThat(vote.date().map(Object::toString)).hasValue("2020-11-25");
    assertThat(vote.count(VoteOption.YES)).hasValue(305);
  }

  @Test
  void recordsBothProtestNotesAgainstTheResolutionsTheyProtest() {
    ProtestNote first = (ProtestNote) byId.get("note-az-fr-2020-11-26");
    ProtestNote second = (ProtestNote) byId.get("note-az-fr-national-assembly");

    assertThat(first.protestedActs()).contains(Reference.to("motion-fr-senat-ppr-150"));
    assertThat(second.protestedActs()).containsExactly(Reference.to("motion-fr-an-armenian-people"));
    // The article dates the second note only as "later": the year is all it supports.
    assertThat(second.date().map(Object::toString)).hasValue("2020");
    assertThat(first.date().get().isDefinitelyBefore(((Vote) byId.get("vote-fr-senat-ppr-150")).date().get())).isFalse();
  }

  @Test
  void recordsTheMinistryStatementIncludingAStanceTheLibraryDoesNotKnow() {
    Statement statement = (Statement) byId.get("statement-az-mfa-french-resolutions");

    assertThat(statement.author()).isEqualTo(Reference.to("org-az-mfa"));
    assertThat(statement.positions()).anySatisfy(p -> assertThat(p.stance().isKnown()).isFalse());
  }

  @Test
  void recordsTheTrilateralStatementWithRussiaAsPartyAndMediator() {
    Treaty treaty = (Treaty) byId.get("treaty-trilateral-statement-2020-11-10");

    assertThat(treaty.parties()).extracting(Reference::id).containsExactly("state-az", "state-am", "state-ru");
    assertThat(treaty.mediators()).extracting(Reference::id).containsExactly("state-ru");
    assertThat(treaty.signatures()).hasSize(3);
    assertThat(treaty.entryIntoForce().map(Object::toString)).hasValue("2020-11-10T00:00+03:00[Europe/Moscow]");
  }

  @Test
  void recordsTheFourSecurityCouncilResolutions() {
    assertThat(records)
        .filteredOn(r -> r.id().startsWith("motion-un-sc-res-"))
        .extracting(ChanceryRecord::id)
        .containsExactly(
            "motion-un-sc-res-822", "motion-un-sc-res-853", "motion-un-sc-res-874", "motion-un-sc-res-884");
  }
}
