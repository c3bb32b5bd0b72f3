package io.github.chancery.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.wire.WireName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each property is declared once, as its type's handle, and code names it through that handle. */
final class PropertyHandlesTest {
  @Test
  void everyPropertyOfEveryShapeIsExactlyOneHandleOfItsType() throws IllegalAccessException {
    List<Shape<?>> shapes = new ArrayList<>(Shapes.records());
    Shapes.valueTypes().values().stream().filter(t -> t.kind() == ValueType.Kind.PART).forEach(t -> shapes.add(t.part()));
    assertThat(shapes).hasSizeGreaterThan(20);

    for (Shape<?> shape : shapes) {
      List<Object> handles = new ArrayList<>();
      for (Field field : shape.type().getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (field.getType() == Property.class && Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)) {
          assertThat(Modifier.isFinal(modifiers)).as("%s.%s is final", shape.type().getSimpleName(), field.getName()).isTrue();
          handles.add(field.get(null));
        }
      }
      assertThat(handles).as("handles of %s", shape.name()).containsExactlyInAnyOrderElementsOf(shape.properties());
    }
  }

  @Test
  void aHandleIsThePropertyTheShapeFindsByName() {
    assertThat(Vote.shape().lookup("motion_id")).isSameAs(Vote.MOTION);
    assertThat(Ballot.shape().property("voter_id")).containsSame(Ballot.VOTER);
    assertThat(Vote.MOTION.name()).isEqualTo("motion_id");
    assertThat(Vote.MOTION.type().targets()).containsExactly(RecordType.MOTION);
    assertThat(Vote.COUNTS.type().part()).isSameAs(Count.shape());
  }

  @Test
  void handlesBuildThePathsViolationsAreReportedAt() {
    assertThat(Vote.COUNTS.at(3)).isEqualTo("counts[3]");
    assertThat(Vote.COUNTS.at(3, Count.VALUE)).isEqualTo("counts[3].value");
    assertThat(Vote.BALLOTS.at(0, Ballot.VOTER)).isEqualTo("ballots[0].voter_id");
    assertThat(Signature.DATE.under(Treaty.SIGNATURES.at(2))).isEqualTo("signatures[2].date");
  }

  @Test
  void everyRecordHasItsIdFirstAndItsSourcesLastUnderTheSharedNames() {
    Set<RecordType> reportedTwice =
        EnumSet.of(RecordType.VOTE, RecordType.MOTION, RecordType.PROTEST_NOTE, RecordType.STATEMENT, RecordType.TREATY);
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      assertThat(shape.property(SharedNames.ID)).map(Property::index).contains(0);
      assertThat(shape.property(SharedNames.SOURCES)).map(Property::index).contains(shape.properties().size() - 1);
      assertThat(shape.property(SharedNames.IDENTIFIERS)).isPresent();
      assertThat(shape.property(SharedNames.OTHER_REPORT_OF).isPresent())
          .as("%s has other_report_of_id", shape.name())
          .isEqualTo(reportedTwice.contains(shape.recordType().orElseThrow()));
    }
    assertThat(Vote.OTHER_REPORT_OF.type().targets()).containsExactly(RecordType.VOTE);
    assertThat(Vote.SOURCES.name()).isEqualTo(SharedNames.SOURCES.name()).isEqualTo("source_ids");
  }

  @Test
  void aSharedNameIsAWireNameEqualToAnotherOfTheSameName() {
    assertThat(WireName.of("source_ids")).isEqualTo(SharedNames.SOURCES).hasToString("source_ids");
    assertThat(WireName.of("party_ids").at(1)).isEqualTo("party_ids[1]");
    assertThatThrownBy(() -> WireName.of("Motion Id")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WireName.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WireName.of("_id")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeclarationTakesOnlyItsOwnOptionalPropertiesAsAlternatives() {
    Shape.Declaration<String, StringBuilder> declaration =
        Shape.ofPart("note", String.class, StringBuilder::new, StringBuilder::toString);
    Property<String, String> text = declaration.optional("text", ValueType.TEXT, Optional::of, StringBuilder::append);
    Property<String, String> language = declaration.required("language", ValueType.TEXT, s -> s, StringBuilder::append);

    assertThatThrownBy(() -> declaration.atLeastOneOf(text, Vote.IDENTIFIER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier is not an optional property of note");
    assertThatThrownBy(() -> declaration.atLeastOneOf(text, language)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> declaration.atLeastOneOf(text)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> declaration.id(s -> s, StringBuilder::append))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a part such as note has no id");
  }

  @Test
  void aBuiltShapeTakesNoMoreProperties() {
    Shape.Declaration<String, StringBuilder> declaration =
        Shape.ofPart("note", String.class, StringBuilder::new, StringBuilder::toString);
    declaration.required("text", ValueType.TEXT, s -> s, StringBuilder::append);
    Shape<String> shape = declaration.build();

    assertThat(shape.properties()).hasSize(1);
    assertThatThrownBy(() -> declaration.optional("language", ValueType.TEXT, Optional::of, StringBuilder::append))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> declaration.required("text", ValueType.TEXT, s -> s, StringBuilder::append))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theDeclaredAlternativesAreListedByName() {
    assertThat(Ballot.shape().atLeastOneOf()).containsExactly(List.of("voter_id", "voter_name"));
  }
}
