package io.github.chancery.spark;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.sql.Row;

/**
 * Converts records to Spark rows of their {@link SparkSchemas schemas} and back, through their
 * shapes: every property to its column, every part to a struct, every list to an array.
 *
 * <pre>{@code
 * Row row = RecordRows.toRow(vote);                       // a row of SparkSchemas.of(RecordType.VOTE)
 * Dataset<Row> votes = spark.createDataFrame(List.of(row), SparkSchemas.of(RecordType.VOTE));
 * Vote back = RecordRows.toRecord(Vote.shape(), votes.first());   // equal to vote
 * }</pre>
 *
 * <p>A record converted to a row and back is equal to the record. A row is read back through the
 * type's builder, so every rule of the type applies: a row that breaks one (a missing required
 * column, a malformed date, a blank name, a column of the wrong type) fails with a {@link
 * ValidationException} that names the record type, its id when the row has one, and the path of
 * every broken rule ({@code ballots[3].option}). A row whose schema names its columns (as every
 * row a {@code Dataset} gives does) is read by column name, so columns may come in any order and
 * a column the row lacks is taken as absent; a row without a schema is read by position.
 *
 * <p>Rows made here carry their schema; their values are of the external types Spark's row
 * encoders take by default: {@code String}, {@code Integer}, {@code java.sql.Date}, Scala
 * sequences and maps, and nested rows. Rows read back may also hold {@code LocalDate}s, Java
 * lists, maps and arrays.
 *
 * <p>Stateless and thread-safe: the converters are derived from the shapes once per JVM, and may
 * be used inside Spark tasks.
 */
public final class RecordRows {
  private static final ConcurrentMap<Shape<?>, ShapeRows<?>> CONVERTERS = new ConcurrentHashMap<>();

  private RecordRows() {}

  /**
   * Returns a record as a row of its type's schema, {@link SparkSchemas#of(RecordType)}.
   *
   * @param record the record; not null
   * @return the row, with its schema
   */
  public static Row toRow(ChanceryRecord record) {
    return toRow(Shapes.of(Objects.requireNonNull(record, "record")), record);
  }

  /**
   * Returns a record or a part as a row of its shape's schema, {@link SparkSchemas#of(Shape)}.
   *
   * @param shape the shape of the value, such as {@code Ballot.shape()}; not null
   * @param value the record or part; not null
   * @param <T> its type
   * @return the row, with its schema
   */
  public static <T> Row toRow(Shape<T> shape, T value) {
    return converter(shape).write(Objects.requireNonNull(value, "value"));
  }

  /**
   * Reads a record of a type from a row of its schema, through the type's builder.
   *
   * @param type the record type; not null
   * @param row the row; not null
   * @return the record, valid
   * @throws ValidationException if the row's values break a rule of the type, naming the type, the
   *     id and the path of every broken rule
   */
  public static ChanceryRecord toRecord(RecordType type, Row row) {
    return toRecord(Shapes.of(Objects.requireNonNull(type, "type")), row);
  }

  /**
   * Reads a record or a part from a row of its shape's schema, through the shape's builder.
   *
   * @param shape the shape, such as {@code Vote.shape()}; not null
   * @param row the row; not null
   * @param <T> the type read
   * @return the record or part, valid
   * @throws ValidationException if the row's values break a rule of the type, naming the record
   *     type, the id and the path of every broken rule
   */
  public static <T> T toRecord(Shape<T> shape, Row row) {
    Objects.requireNonNull(row, "row");
    ShapeRows<T> converter = converter(shape);
    try {
      return converter.read(row);
    } catch (ValidationException e) {
      if (e.recordType().isPresent() || shape.recordType().isEmpty()) {
        throw e;
      }
      // A value or a part failed before the record's builder ran: name the record all the same.
      throw new ValidationException(shape.name(), converter.id(row), e.violations());
    }
  }

  /**
   * Returns a date as a value of {@link SparkSchemas#PARTIAL_DATE}.
   *
   * @param date the date; not null
   * @return the row of its earliest and latest days, precision and canonical text
   */
  public static Row toRow(PartialDate date) {
    return Values.date(Objects.requireNonNull(date, "date"));
  }

  @SuppressWarnings("unchecked")
  static <T> ShapeRows<T> converter(Shape<T> shape) {
    Objects.requireNonNull(shape, "shape");
    ShapeRows<?> found = CONVERTERS.get(shape);
    if (found == null) {
      // Parts are built on demand by their enclosing converters, so no recursive computeIfAbsent.
      found = new ShapeRows<>(shape);
      ShapeRows<?> raced = CONVERTERS.putIfAbsent(shape, found);
      found = raced == null ? found : raced;
    }
    return (ShapeRows<T>) found;
  }
}
