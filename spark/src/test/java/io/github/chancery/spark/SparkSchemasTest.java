package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SparkSchemasTest {
  @ParameterizedTest
  @ValueSource(strings = {"vote", "treaty"})
  void theSchemaOfARecordTypeIsTheOneItsUsersQuery(String type) throws IOException {
    StructType schema = SparkSchemas.of(RecordType.fromWireName(type).orElseThrow());

    assertThat(schema.treeString()).isEqualTo(resource("schemas/" + type + ".txt"));
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void everyPropertyIsAColumnNamedByItsWireNameInWireOrder(RecordType type) {
    Shape<? extends ChanceryRecord> shape = Shapes.of(type);
    StructType schema = SparkSchemas.of(type);

    assertThat(schema.fieldNames()).containsExactlyElementsOf(shape.properties().stream().map(Property::name).toList());
    for (Property<?, ?> property : shape.properties()) {
      StructField field = schema.fields()[property.index()];
      assertThat(field.nullable()).as("%s.%s is nullable", type, property.name())
          .isEqualTo(property.cardinality() == Cardinality.OPTIONAL);
      assertThat(field.dataType() instanceof ArrayType).as("%s.%s is an array", type, property.name())
          .isEqualTo(SparkSchemas.isList(property));
    }
  }

  @Test
  void aReferenceColumnNamesTheTypesItMayReferTo() {
    StructType vote = SparkSchemas.of(RecordType.VOTE);

    StructField motion = vote.apply("motion_id");
    assertThat(motion.dataType()).isEqualTo(DataTypes.StringType);
    assertThat(motion.metadata().getString(SparkSchemas.KIND)).isEqualTo("reference");
    assertThat(motion.metadata().getString(SparkSchemas.TARGETS)).isEqualTo("motion");

    StructField recused = vote.apply("recused_member_ids");
    assertThat(recused.dataType()).isEqualTo(DataTypes.createArrayType(DataTypes.StringType, false));
    assertThat(recused.metadata().getString(SparkSchemas.TARGETS))
        .isEqualTo("state,disputed_entity,organization,person,legislature");
  }

  @Test
  void aCodeColumnIsAStringNamingItsList() {
    StructField result = SparkSchemas.of(RecordType.VOTE).apply("result");

    assertThat(result.dataType()).isEqualTo(DataTypes.StringType);
    assertThat(result.metadata().getString(SparkSchemas.KIND)).isEqualTo("code");
    assertThat(result.metadata().getString(SparkSchemas.CODE_LIST)).isEqualTo("vote result");
  }

  @Test
  void aPartIsAStructOfItsOwnPropertiesAndAListOfPartsAnArrayOfThem() {
    StructField ballots = SparkSchemas.of(RecordType.VOTE).apply("ballots");

    assertThat(ballots.metadata().getString(SparkSchemas.PART)).isEqualTo("ballot");
    assertThat(ballots.dataType()).isEqualTo(DataTypes.createArrayType(SparkSchemas.of(Ballot.shape()), false));
    assertThat(SparkSchemas.of(Ballot.shape()).fieldNames())
        .containsExactly("voter_id", "voter_name", "option", "group_id", "role", "weight", "pair_id");
  }

  @Test
  void aRequiredDateIsANonNullableDateStruct() {
    StructType action = SparkSchemas.of(ParticipantAction.shape());

    assertThat(action.apply("date").dataType()).isEqualTo(SparkSchemas.PARTIAL_DATE);
    assertThat(action.apply("date").nullable()).isFalse();
    assertThat(action.apply("effective_on").nullable()).isTrue();
    assertThat(SparkSchemas.PARTIAL_DATE.fieldNames()).containsExactly("earliest", "latest", "precision", "value");
  }

  @Test
  void aTextInSeveralLanguagesIsAMapFromLanguageToText() {
    StructField title = SparkSchemas.of(RecordType.MOTION).apply("title");

    assertThat(title.dataType()).isInstanceOf(MapType.class);
    assertThat(title.dataType()).isEqualTo(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false));
    assertThat(title.nullable()).isFalse();
  }

  @Test
  void theSchemaOfARecordShapeIsTheSchemaOfItsType() {
    assertThat(SparkSchemas.of(Vote.shape())).isSameAs(SparkSchemas.of(RecordType.VOTE));
    assertThat(List.of(RecordType.values())).allSatisfy(t -> assertThat(SparkSchemas.of(t)).isNotNull());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SparkSchemasTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
