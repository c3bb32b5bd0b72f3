package io.github.chancery.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.testing.RecordGenerator;
import io.github.chancery.testing.RecordGenerator.Fill;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scala.jdk.javaapi.CollectionConverters;

final class RecordRowsTest {
  private static final int PER_TYPE = 60;

  @ParameterizedTest
  @EnumSource(Fill.class)
  void everyGeneratedRecordOfEveryTypeComesBackEqualFromItsRow(Fill fill) {
    RecordGenerator generate = RecordGenerator.seeded(28, fill);
    List<ChanceryRecord> records = generate.records((long) PER_TYPE * RecordType.values().length).toList();

    for (ChanceryRecord record : records) {
      Row row = RecordRows.toRow(record);
      assertThat(row.schema()).as("the schema of %s", record.id()).isEqualTo(SparkSchemas.of(record.recordType()));
      assertThat(RecordRows.toRecord(record.recordType(), row)).isEqualTo(record);
    }
    assertThat(records).extracting(ChanceryRecord::recordType).containsAll(List.of(RecordType.values()));
  }

  @Test
  void aRowWithoutASchemaIsReadByPosition() {
    Vote vote = RecordGenerator.seeded(1, Fill.MAXIMAL).record(Vote.class);
    Row row = RecordRows.toRow(vote);

    Row positional = RowFactory.create(CollectionConverters.asJava(row.toSeq()).toArray());

    assertThat(positional.schema()).isNull();
    assertThat(RecordRows.toRecord(Vote.shape(), positional)).isEqualTo(vote);
  }

  @Test
  void aRowWithItsColumnsInAnotherOrderIsReadByName() {
    Vote vote = RecordGenerator.seeded(2, Fill.MAXIMAL).record(Vote.class);

    Row reversed = reorder(RecordRows.toRow(vote), fields -> {
      List<StructField> copy = new ArrayList<>(fields);
      Collections.reverse(copy);
      return copy;
    });

    assertThat(reversed.schema().fieldNames()[0]).isEqualTo("source_ids");
    assertThat(RecordRows.toRecord(Vote.shape(), reversed)).isEqualTo(vote);
  }

  @Test
  void aColumnTheRowLacksIsTakenAsAbsent() {
    Vote vote = RecordGenerator.seeded(3, Fill.MAXIMAL).record(Vote.class);
    assertThat(vote.date()).isPresent();

    Row withoutDate =
        reorder(RecordRows.toRow(vote), fields -> fields.stream().filter(f -> !f.name().equals("date")).toList());

    Vote read = RecordRows.toRecord(Vote.shape(), withoutDate);
    assertThat(read.date()).isEmpty();
    assertThat(read.withDate(vote.date().orElseThrow())).isEqualTo(vote);
  }

  @Test
  void aDateIsItsEarliestAndLatestDaysItsPrecisionAndItsCanonicalText() {
    Row month = RecordRows.toRow(PartialDate.parse("2016-11"));

    assertThat(month.schema()).isEqualTo(SparkSchemas.PARTIAL_DATE);
    assertThat((Date) month.getAs(SparkSchemas.EARLIEST)).isEqualTo(Date.valueOf(LocalDate.of(2016, 11, 1)));
    assertThat((Date) month.getAs(SparkSchemas.LATEST)).isEqualTo(Date.valueOf(LocalDate.of(2016, 11, 30)));
    assertThat((String) month.getAs(SparkSchemas.PRECISION)).isEqualTo("month");
    assertThat((String) month.getAs(SparkSchemas.VALUE)).isEqualTo("2016-11");

    Row instant = RecordRows.toRow(PartialDate.parse("2020-11-10T00:00+03:00[Europe/Moscow]"));
    assertThat((Date) instant.getAs(SparkSchemas.EARLIEST)).isEqualTo(Date.valueOf(LocalDate.of(2020, 11, 10)));
    assertThat((String) instant.getAs(SparkSchemas.PRECISION)).isEqualTo("instant");
  }

  @Test
  void aDateGivenAsItsCanonicalTextAloneIsRead() {
    Vote vote = RecordGenerator.seeded(4, Fill.MAXIMAL).record(Vote.class);

    Vote read = RecordRows.toRecord(Vote.shape(), withCell(RecordRows.toRow(vote), "date", "1991-12"));

    assertThat(read.date()).contains(PartialDate.parse("1991-12"));
  }

  @Test
  void aMalformedDateIsRefusedWithTheRecordItsIdAndThePathOfTheText() {
    Vote vote = RecordGenerator.seeded(5, Fill.MAXIMAL).record(Vote.class);
    Row date = withCell(RecordRows.toRow(PartialDate.parse("2016-11")), SparkSchemas.VALUE, "2016-13");

    ValidationException refused = refused(withCell(RecordRows.toRow(vote), "date", date));

    assertThat(refused.recordType()).contains("vote");
    assertThat(refused.recordId()).contains(vote.id());
    assertThat(refused.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("date.value", ViolationCode.INVALID_DATE));
  }

  @Test
  void aBallotWithoutItsOptionIsRefusedWithThePathOfTheOption() {
    Vote vote = RecordGenerator.seeded(6).vote().withStateBallots(5).build();
    Row row = RecordRows.toRow(vote);
    List<Object> ballots = new ArrayList<>(row.getList(row.fieldIndex("ballots")));
    ballots.set(3, withCell((Row) ballots.get(3), "option", null));

    ValidationException refused = refused(withCell(row, "ballots", CollectionConverters.asScala(ballots)));

    assertThat(refused.recordType()).contains("vote");
    assertThat(refused.recordId()).contains(vote.id());
    assertThat(refused.violations()).extracting(Violation::path).containsExactly("ballots[3].option");
    assertThat(refused.violations()).extracting(Violation::code).containsExactly(ViolationCode.REQUIRED);
  }

  @Test
  void aCellOfTheWrongTypeIsRefusedNamingWhatWasExpected() {
    Vote vote = RecordGenerator.seeded(7, Fill.MAXIMAL).record(Vote.class);

    ValidationException refused = refused(withCell(RecordRows.toRow(vote), "motion_id", 42));

    assertThat(refused.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("motion_id");
      assertThat(v.code()).isEqualTo(ViolationCode.INVALID_FORMAT);
      assertThat(v.message()).contains("expected a string").contains("java.lang.Integer");
    });
  }

  @Test
  void aWeightThatIsNoNumberIsRefusedWithItsPath() {
    Vote vote = RecordGenerator.seeded(8).vote().withStateBallots(3).build();
    Row row = RecordRows.toRow(vote);
    List<Object> ballots = new ArrayList<>(row.getList(row.fieldIndex("ballots")));
    ballots.set(1, withCell((Row) ballots.get(1), "weight", "one and a half"));

    ValidationException refused = refused(withCell(row, "ballots", CollectionConverters.asScala(ballots)));

    assertThat(refused.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("ballots[1].weight", ViolationCode.INVALID_FORMAT));
  }

  @Test
  void aMissingRequiredColumnIsRefusedAsTheBuilderRefusesIt() {
    Vote vote = RecordGenerator.seeded(9, Fill.MINIMAL).record(Vote.class);

    ValidationException refused = refused(withCell(RecordRows.toRow(vote), "motion_id", null));

    assertThat(refused.recordId()).contains(vote.id());
    assertThat(refused.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("motion_id", ViolationCode.REQUIRED));
  }

  @Test
  void aWeightIsWrittenAsItsExactNumberAndReadBackWithItsScale() {
    Vote vote = RecordGenerator.seeded(10).vote().withStateBallots(2).build();
    Ballot weighted = vote.ballots().get(0).withWeight(new BigDecimal("1.50"));
    Vote withWeight = vote.withBallots(List.of(weighted, vote.ballots().get(1)));

    Row row = RecordRows.toRow(withWeight);
    Row ballot = (Row) row.getList(row.fieldIndex("ballots")).get(0);

    assertThat((String) ballot.getAs("weight")).isEqualTo("1.50");
    Vote read = (Vote) RecordRows.toRecord(RecordType.VOTE, row);
    assertThat(read.ballots().get(0).weight()).hasValueSatisfying(w -> assertThat(w.scale()).isEqualTo(2));
    assertThat(read).isEqualTo(withWeight);
  }

  private static ValidationException refused(Row row) {
    return catchThrowableOfType(ValidationException.class, () -> RecordRows.toRecord(RecordType.VOTE, row));
  }

  /** The row with one cell replaced, its schema kept. */
  private static Row withCell(Row row, String column, Object value) {
    Object[] cells = CollectionConverters.asJava(row.toSeq()).toArray();
    cells[row.fieldIndex(column)] = value;
    return new GenericRowWithSchema(cells, row.schema());
  }

  /** The row with its columns chosen and ordered anew, each with its cell. */
  private static Row reorder(Row row, UnaryOperator<List<StructField>> fields) {
    List<StructField> chosen = fields.apply(List.of(row.schema().fields()));
    Object[] cells = chosen.stream().map(f -> row.get(row.fieldIndex(f.name()))).toArray();
    return new GenericRowWithSchema(cells, new StructType(chosen.toArray(StructField[]::new)));
  }
}
