package io.github.chancery.spark;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL schema of every record type, derived from its {@link Shape}, so that a new
 * property appears as a column without a change here. {@link RecordRows} converts records to rows
 * of these schemas and back.
 *
 * <p>Columns are named by the wire names, in wire order ({@code id}, {@code motion_id}, {@code
 * result}...), so that SQL reads like the JSON format:
 *
 * <ul>
 *   <li>a text, id, URL, language tag, country code or code of an open list is a {@code string}:
 *       a code as its code ({@code "yes"}, or an unknown code verbatim);
 *   <li>a reference is the {@code string} id of the record it names (the column keeps its wire
 *       name, {@code motion_id});
 *   <li>an integer or count is an {@code int};
 *   <li>a decimal (a ballot's weight) is the {@code string} of the exact number, {@code "1.50"}:
 *       Spark's decimals have a fixed scale, which would not give back the number the record
 *       holds; {@code CAST(weight AS DECIMAL(38, 18))} computes with it;
 *   <li>a text in several languages is a {@code map<string, string>} from language tag to text:
 *       {@code title['en']};
 *   <li>a date of any precision is the struct {@link #PARTIAL_DATE}: its earliest and latest
 *       days, its precision and its canonical text, so that {@code ORDER BY date} orders by the
 *       earliest day a date may mean and {@code date.earliest >= DATE '2016-11-01'} filters a
 *       year, a month and a day alike;
 *   <li>a part (a vote's ballot) is a {@code struct} of its own properties;
 *   <li>a list is an {@code array} of its values, empty when it has none, never null.
 * </ul>
 *
 * <p>A required property is a non-nullable column, an optional one nullable. Each column's
 * {@link Metadata} names its kind ({@value #KIND}), the record types a reference may name
 * ({@value #TARGETS}), a code's list ({@value #CODE_LIST}) and a part's shape ({@value #PART}),
 * so that the data written says what its columns hold; Parquet keeps it.
 *
 * <p>Stateless and thread-safe; the schemas it returns are immutable.
 */
public final class SparkSchemas {
  /** Metadata key: the kind of the column's values, such as {@code reference} or {@code date}. */
  public static final String KIND = "chancery.kind";
  /** Metadata key: the wire names of the record types a reference may name, comma-separated. */
  public static final String TARGETS = "chancery.targets";
  /** Metadata key: the name of a code column's open list, such as {@code vote option}. */
  public static final String CODE_LIST = "chancery.code_list";
  /** Metadata key: the wire name of a part column's shape, such as {@code ballot}. */
  public static final String PART = "chancery.part";

  /** Field of {@link #PARTIAL_DATE}: the first day the date may mean. */
  public static final String EARLIEST = "earliest";
  /** Field of {@link #PARTIAL_DATE}: the last day the date may mean. */
  public static final String LATEST = "latest";
  /** Field of {@link #PARTIAL_DATE}: the precision, such as {@code month}. */
  public static final String PRECISION = "precision";
  /** Field of {@link #PARTIAL_DATE}: the canonical text, such as {@code 2016-11}. */
  public static final String VALUE = "value";

  /**
   * A date of any precision: {@code struct<earliest: date, latest: date, precision: string, value:
   * string>}. {@code value} is the date's canonical text ({@code 2016}, {@code 2016-11}, {@code
   * 2016-11-04}, {@code 2022-03-02T10:00[Europe/Kyiv]}), from which the date is read back; the
   * other fields are derived from it. {@code earliest} and {@code latest} are the first and last
   * days the date may mean (2016-11-01 and 2016-11-30 for {@code 2016-11}; an instant's local
   * date in its own zone), and come first, so that ordering by the struct orders by earliest day,
   * then by the narrower date first. {@code precision} is {@code year}, {@code month}, {@code
   * day}, {@code local_date_time} or {@code instant}.
   *
   * <p>Canonical texts alone compare only at one precision: {@code '2016' < '2016-06-01'} as
   * strings, yet the year 2016 may mean a day after the first of June.
   */
  public static final StructType PARTIAL_DATE =
      new StructType(
          new StructField[] {
            new StructField(EARLIEST, DataTypes.DateType, false, Metadata.empty()),
            new StructField(LATEST, DataTypes.DateType, false, Metadata.empty()),
            new StructField(PRECISION, DataTypes.StringType, false, Metadata.empty()),
            new StructField(VALUE, DataTypes.StringType, false, Metadata.empty())
          });

  /** A text in several languages: language tag to text. */
  static final DataType MULTILINGUAL_TEXT = DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);

  private static final Map<RecordType, StructType> RECORDS = new EnumMap<>(RecordType.class);

  static {
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      RECORDS.put(shape.recordType().orElseThrow(), struct(shape));
    }
  }

  private SparkSchemas() {}

  /**
   * Returns the schema of a record type's rows.
   *
   * @param type the record type; not null
   * @return the schema, one column per property of the type's shape, in wire order
   */
  public static StructType of(RecordType type) {
    return RECORDS.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns the schema of a record type's or part's rows.
   *
   * @param shape the shape, such as {@code Vote.shape()} or {@code Ballot.shape()}; not null
   * @return the schema, one column per property of the shape, in wire order
   */
  public static StructType of(Shape<?> shape) {
    Objects.requireNonNull(shape, "shape");
    return shape.recordType().map(RECORDS::get).orElseGet(() -> struct(shape));
  }

  /**
   * Returns the Spark type of one value of a property's type; a list property's column is an
   * array of it.
   *
   * @param type the value type; not null
   * @return the Spark type
   */
  public static DataType of(ValueType<?> type) {
    switch (Objects.requireNonNull(type, "type").kind()) {
      case INTEGER:
      case COUNT:
        return DataTypes.IntegerType;
      case DATE:
        return PARTIAL_DATE;
      case MULTILINGUAL_TEXT:
        return MULTILINGUAL_TEXT;
      case PART:
        return struct(type.part());
      default:
        // Texts, ids, references, codes, language tags, country codes, URLs and exact decimals.
        return DataTypes.StringType;
    }
  }

  private static StructType struct(Shape<?> shape) {
    StructField[] fields = new StructField[shape.properties().size()];
    for (Property<?, ?> property : shape.properties()) {
      fields[property.index()] = field(property);
    }
    return new StructType(fields);
  }

  private static StructField field(Property<?, ?> property) {
    DataType value = of(property.type());
    Metadata metadata = metadata(property.type());
    switch (property.cardinality()) {
      case REQUIRED:
        return new StructField(property.name(), value, false, metadata);
      case OPTIONAL:
        return new StructField(property.name(), value, true, metadata);
      default:
        return new StructField(property.name(), DataTypes.createArrayType(value, false), false, metadata);
    }
  }

  private static Metadata metadata(ValueType<?> type) {
    MetadataBuilder metadata = new MetadataBuilder().putString(KIND, type.kind().name().toLowerCase(Locale.ROOT));
    if (type.kind() == ValueType.Kind.REFERENCE) {
      metadata.putString(TARGETS, type.targets().stream().map(RecordType::wireName).collect(Collectors.joining(",")));
    } else if (type.kind() == ValueType.Kind.CODE) {
      metadata.putString(CODE_LIST, type.listName());
    } else if (type.kind() == ValueType.Kind.PART) {
      metadata.putString(PART, type.part().name());
    }
    return metadata.build();
  }

  /** Whether a property holds a list, whatever its bounds. */
  static boolean isList(Property<?, ?> property) {
    return property.cardinality() == Cardinality.LIST || property.cardinality() == Cardinality.NON_EMPTY_LIST;
  }
}
