package io.github.chancery.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ShapesTest {
  private static final Vote VOTE =
      Vote.builder()
          .id("vote-unga-es-11-1")
          .motion(Reference.to("motion-unga-es-11-l1"))
          .result(VoteResult.ADOPTED)
          .date(PartialDate.parse("2022-03-02"))
          .rule(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING)
          .addCounts(Count.of(VoteOption.YES, 141), Count.of(VoteOption.NO, 5))
          .addBallots(Ballot.of(Reference.to("state-am"), VoteOption.ABSTAIN))
          .addSources(Reference.to("src-un-press"))
          .build();

  @Test
  void everyRecordTypeHasOneShapeNamedAsOnTheWire() {
    assertThat(Shapes.records()).extracting(s -> s.recordType().orElseThrow()).containsExactly(RecordType.values());
    for (RecordType type : RecordType.values()) {
      Shape<? extends ChanceryRecord> shape = Shapes.of(type);
      assertThat(shape.name()).isEqualTo(type.wireName());
      assertThat(shape.properties().get(0).name()).isEqualTo("id");
      assertThat(shape.properties().get(shape.properties().size() - 1).name()).isEqualTo("source_ids");
      assertThat(shape.properties()).extracting(Property::index).containsExactlyElementsOf(
          java.util.stream.IntStream.range(0, shape.properties().size()).boxed().toList());
      assertThat(shape.properties()).extracting(Property::name).doesNotHaveDuplicates();
    }
  }

  @Test
  void aRecordRebuiltFromItsShapesValuesIsEqual() {
    Shape<Vote> shape = Vote.shape();
    Object[] values = shape.newValues();
    for (Property<Vote, ?> property : shape.properties()) {
      Object held = property.get(VOTE);
      values[property.index()] = held instanceof Optional ? ((Optional<?>) held).orElse(null) : held;
    }

    assertThat(shape.create(values)).isEqualTo(VOTE);
  }

  @Test
  void aRecordBuiltFromItsShapeIsValidatedLikeABuiltOne() {
    Shape<Vote> shape = Vote.shape();
    Object[] values = shape.newValues();
    values[shape.lookup("id").index()] = "vote-1";
    values[shape.lookup("counts").index()] = List.of(Count.of(VoteOption.YES, -3));

    assertThatThrownBy(() -> shape.create(values))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("motion_id: is required")
        .hasMessageContaining("counts[0].value: must not be negative");
  }

  @Test
  void violationPathsUseThePropertyNamesOfTheShapes() {
    ValidationException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            ValidationException.class, () -> VOTE.withCounts(Count.of(VoteOption.YES, -1)));
    String path = failure.violations().get(0).path();

    assertThat(path).isEqualTo("counts[0].value");
    assertThat(Vote.shape().lookup("counts").type().part()).isEqualTo(Count.shape());
    assertThat(Count.shape().property("value")).isPresent();
  }

  @Test
  void referencesSayWhatTheyMayPointTo() {
    assertThat(Vote.shape().lookup("motion_id").type().targets()).containsExactly(RecordType.MOTION);
    assertThat(Ballot.shape().lookup("voter_id").type().targets()).isEqualTo(RecordType.actors());
    assertThat(Vote.shape().lookup("source_ids").cardinality()).isEqualTo(Cardinality.LIST);
  }

  @Test
  void valueTypesListTheLibrarysOwnValuesAndParts() {
    assertThat(Shapes.valueTypes())
        .containsKeys(PartialDate.class, MultilingualText.class, Reference.class, VoteOption.class, Count.class, Ballot.class)
        .doesNotContainKeys(String.class, Integer.class);
    assertThat(Shapes.valueTypes().get(VoteOption.class).listName()).isEqualTo("vote option");
    assertThat(Shapes.valueTypes().get(Count.class).kind()).isEqualTo(ValueType.Kind.PART);
  }

  @Test
  void aShapeIsFoundForARecordsGeneratedClass() {
    assertThat(Shapes.forClass(VOTE.getClass())).contains(Vote.shape());
    assertThat(Shapes.forClass(ChanceryRecord.class)).isEmpty();
  }

  @Test
  void recordTypesInReferenceOrderComeAfterTheTypesTheyReferTo() {
    List<RecordType> order = Shapes.inReferenceOrder();

    assertThat(order).containsExactlyInAnyOrder(RecordType.values());
    for (RecordType type : order) {
      for (Property<?, ?> property : Shapes.of(type).properties()) {
        List<Property<?, ?>> references = new java.util.ArrayList<>(List.of(property));
        if (property.type().kind() == ValueType.Kind.PART) {
          references = new java.util.ArrayList<>(property.type().part().properties());
        }
        for (Property<?, ?> reference : references) {
          java.util.Set<RecordType> targets = reference.type().targets();
          if (targets.size() == 1 && !targets.contains(type)) {
            assertThat(order.indexOf(targets.iterator().next()))
                .as("%s of %s refers to %s", reference.name(), type, targets)
                .isLessThan(order.indexOf(type));
          }
        }
      }
    }
  }

  @Test
  void theReferenceOrderPutsSourcesFirstAndBreaksTiesInDeclarationOrder() {
    // A subsequence, so that a new record type that refers only to sources needs no change here.
    assertThat(Shapes.inReferenceOrder()).startsWith(RecordType.SOURCE);
    assertThat(Shapes.inReferenceOrder())
        .containsSubsequence(
            RecordType.SOURCE, RecordType.STATE, RecordType.DISPUTED_ENTITY, RecordType.ORGANIZATION, RecordType.PERSON,
            RecordType.LEGISLATURE, RecordType.SESSION, RecordType.MEMBERSHIP, RecordType.MOTION, RecordType.VOTE,
            RecordType.PROTEST_NOTE, RecordType.STATEMENT, RecordType.TREATY);
  }

  @Test
  void aRequiredReferenceToSeveralTypesComesAfterOneOfThem() {
    List<RecordType> order = Shapes.inReferenceOrder();

    // A membership's member may be a person, an organisation, a state or a disputed entity.
    assertThat(order.indexOf(RecordType.MEMBERSHIP)).isGreaterThan(order.indexOf(RecordType.STATE));
    // A protest note's sender is any actor.
    assertThat(order.indexOf(RecordType.PROTEST_NOTE)).isGreaterThan(order.indexOf(RecordType.STATE));
  }

  @Test
  void aReferenceListsTheTypesItMayNameInDeclarationOrderOnEveryRun() {
    // The generator draws among the records of these types in this order: a set whose order
    // changed from one JVM to the next gave other records for the same seed.
    assertThat(ValueType.actorReference().targets())
        .containsExactly(RecordType.STATE, RecordType.DISPUTED_ENTITY, RecordType.ORGANIZATION, RecordType.PERSON, RecordType.LEGISLATURE);
    assertThat(ValueType.reference(java.util.Set.of(RecordType.SOURCE, RecordType.VOTE, RecordType.STATE)).targets())
        .containsExactly(RecordType.STATE, RecordType.VOTE, RecordType.SOURCE);
    assertThat(ValueType.anyReference().targets()).containsExactly(RecordType.values());
  }
}
