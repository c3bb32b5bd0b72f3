package io.github.chancery.spark;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import java.io.Serializable;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction0;

/**
 * The {@link Encoder} of each record class, whose columns are its type's {@link SparkSchemas
 * schema}: Spark's row encoder of that schema, wrapped in a transforming encoder whose codec is
 * {@link RecordRows}. Built on Spark's catalyst encoders ({@code AgnosticEncoders
 * .TransformingEncoder}, Spark 4), which are not a stable API of Spark's: the module's tests pin
 * them. Stateless apart from a cache; thread-safe.
 */
final class RecordEncoders {
  private static final ConcurrentMap<Class<?>, Encoder<?>> ENCODERS = new ConcurrentHashMap<>();

  private RecordEncoders() {}

  @SuppressWarnings("unchecked")
  static <T extends ChanceryRecord> Encoder<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return (Encoder<T>) ENCODERS.computeIfAbsent(type, RecordEncoders::make);
  }

  @SuppressWarnings("unchecked")
  private static <T> Encoder<T> make(Class<T> type) {
    Shape<?> shape = Shapes.forClass(type)
        .filter(s -> s.recordType().isPresent())
        .orElseThrow(() -> new IllegalArgumentException(
            type.getName() + " is no record class of Chancery's; record classes are those of RecordType, such as Vote"));
    RecordType record = shape.recordType().orElseThrow();
    if (!type.equals(shape.type())) {
      throw new IllegalArgumentException(type.getName() + " is not the class of a record type; use " + shape.type().getName());
    }
    AgnosticEncoder<Row> rows = RowEncoder.encoderFor(SparkSchemas.of(record), true);
    AgnosticEncoder<T> records =
        new AgnosticEncoders.TransformingEncoder<T, Row>(ClassTag$.MODULE$.apply(type), rows, new Codecs<>(record), false);
    return ExpressionEncoder.apply(records);
  }

  /** Makes the codec of a record type, in each JVM that needs one: Spark asks for it by name. */
  private static final class Codecs<T> extends AbstractFunction0<Codec<? super T, Row>> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final RecordType type;

    Codecs(RecordType type) {
      this.type = type;
    }

    @Override
    public Codec<? super T, Row> apply() {
      return new RecordCodec<>(type);
    }
  }

  /** A record to a row of its schema and back, through {@link RecordRows}. */
  private static final class RecordCodec<T> implements Codec<T, Row> {
    private static final long serialVersionUID = 1L;
    private final RecordType type;

    RecordCodec(RecordType type) {
      this.type = type;
    }

    @Override
    public Row encode(T record) {
      return RecordRows.toRow((ChanceryRecord) record);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T decode(Row row) {
      return (T) RecordRows.toRecord(type, row);
    }
  }
}
