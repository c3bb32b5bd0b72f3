package io.github.chancery.spark;

import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import scala.jdk.javaapi.CollectionConverters;

/** The conversion of one value of each kind to its Spark cell and back. Stateless and thread-safe. */
final class Values {
  private static final int DATE_VALUE = SparkSchemas.PARTIAL_DATE.fieldIndex(SparkSchemas.VALUE);

  private Values() {}

  /** Converts one value of a type; a failure to read has a path relative to the value. */
  interface Converter {
    Object write(Object value);

    Object read(Object cell);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Converter converter(ValueType<?> type) {
    ValueType<Object> parsed = (ValueType) type;
    switch (type.kind()) {
      case TEXT:
      case ID:
        return of(value -> value, Values::string);
      case REFERENCE:
        return of(value -> ((Reference<?>) value).id(), cell -> Reference.to(string(cell)));
      case INTEGER:
      case COUNT:
        return of(value -> value, Values::integer);
      case DECIMAL:
        // toString, not toPlainString: new BigDecimal reads it back with the same scale.
        return of(Object::toString, Values::decimal);
      case DATE:
        return of(value -> date((PartialDate) value), Values::partialDate);
      case MULTILINGUAL_TEXT:
        return of(value -> CollectionConverters.asScala(((MultilingualText) value).asStringMap()), Values::text);
      case PART:
        return of(
            value -> RecordRows.converter(parsed.part()).write(value),
            cell -> RecordRows.converter(parsed.part()).read(row(cell)));
      default:
        // Codes, language tags, country codes and URLs: their one-string form, read by the core.
        return of(parsed::print, cell -> parsed.parse(string(cell)));
    }
  }

  private static Converter of(Function<Object, Object> write, Function<Object, Object> read) {
    return new Converter() {
      @Override
      public Object write(Object value) {
        return write.apply(value);
      }

      @Override
      public Object read(Object cell) {
        return read.apply(cell);
      }
    };
  }

  static Row date(PartialDate date) {
    return new GenericRowWithSchema(
        new Object[] {
          java.sql.Date.valueOf(date.earliestDay()),
          java.sql.Date.valueOf(date.latestDay()),
          date.precision().name().toLowerCase(Locale.ROOT),
          date.toString()
        },
        SparkSchemas.PARTIAL_DATE);
  }

  /** A date is read back from its canonical text; a plain string holding one is taken too. */
  private static PartialDate partialDate(Object cell) {
    if (cell instanceof String) {
      return PartialDate.parse((String) cell);
    }
    Row row = row(cell);
    Object value = row.schema() == null
        ? (row.length() > DATE_VALUE ? row.get(DATE_VALUE) : null)
        : ShapeRows.cell(row, row.schema(), DATE_VALUE, SparkSchemas.VALUE);
    if (value == null) {
      throw ValidationException.of(SparkSchemas.VALUE, ViolationCode.REQUIRED, "a date needs its canonical text");
    }
    try {
      return PartialDate.parse(string(value));
    } catch (ValidationException e) {
      throw e.under(SparkSchemas.VALUE);
    }
  }

  private static MultilingualText text(Object cell) {
    Map<?, ?> map;
    if (cell instanceof scala.collection.Map) {
      map = CollectionConverters.asJava((scala.collection.Map<?, ?>) cell);
    } else if (cell instanceof Map) {
      map = (Map<?, ?>) cell;
    } else {
      throw wrongType("a map of language to text", cell);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String) || !(entry.getValue() instanceof String)) {
        throw wrongType("a map of language to text", entry.getKey() + " -> " + entry.getValue());
      }
      texts.put((String) entry.getKey(), (String) entry.getValue());
    }
    return MultilingualText.of(texts);
  }

  private static BigDecimal decimal(Object cell) {
    if (cell instanceof BigDecimal) {
      return (BigDecimal) cell;
    }
    String text = string(cell);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw ValidationException.of("", ViolationCode.INVALID_FORMAT, "'" + text + "' is not a decimal number");
    }
  }

  private static Integer integer(Object cell) {
    if (cell instanceof Integer) {
      return (Integer) cell;
    }
    if (cell instanceof Long || cell instanceof Short || cell instanceof Byte) {
      long value = ((Number) cell).longValue();
      if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
        return (int) value;
      }
      throw ValidationException.of("", ViolationCode.INVALID_FORMAT, value + " is outside the range of an integer");
    }
    throw wrongType("an integer", cell);
  }

  private static String string(Object cell) {
    if (cell instanceof String) {
      return (String) cell;
    }
    throw wrongType("a string", cell);
  }

  private static Row row(Object cell) {
    if (cell instanceof Row) {
      return (Row) cell;
    }
    throw wrongType("a struct", cell);
  }

  /** The elements of an array cell: a Scala sequence, as Spark gives it, a Java list or an array. */
  static List<?> elements(Object cell) {
    if (cell instanceof scala.collection.Seq) {
      return CollectionConverters.asJava((scala.collection.Seq<?>) cell);
    }
    if (cell instanceof List) {
      return (List<?>) cell;
    }
    if (cell instanceof Object[]) {
      return Arrays.asList((Object[]) cell);
    }
    throw wrongType("an array", cell);
  }

  private static ValidationException wrongType(String expected, Object found) {
    String what = found instanceof String ? "the string '" + found + "'"
        : found.getClass().getName() + " " + found;
    return ValidationException.of("", ViolationCode.INVALID_FORMAT, "expected " + expected + ", found " + what);
  }
}
