package io.github.chancery.core.model;

import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether one record says everything another says, and what it does not say, asked of their
 * {@link Shape}s: for the same record given twice, in full in one file and in part in another (a
 * member in a register of members, and the same member as a voter in a division list).
 *
 * <p>A record says all another does when each property the other has (a value, or a list that is
 * not empty) is a property of the first's shape of the same name, whose value says the other's (a
 * list: each of the other's values said by one of the first's); a text in several languages says
 * another when it has each of its languages with the same text; a part (a ballot, a count, an
 * other name) says another when the same holds of its properties; any other value says another
 * when they are written alike (the same date, code or id, the same number: {@code 2} and {@code
 * 2.0} are one weight). The record types are not compared: callers that need one type check it.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordComparison {
  /** What a value is written as, which decides what it can say of another. */
  private enum Form {
    TEXT,
    INTEGER,
    DECIMAL,
    TEXTS,
    PART
  }

  private RecordComparison() {}

  /**
   * Returns whether {@code fuller} says everything {@code other} does.
   *
   * @param fuller the record that may say more; not null
   * @param other the record that may say less; not null
   * @return true when {@code other} says nothing {@code fuller} does not, as when they are equal
   */
  public static boolean saysAll(ChanceryRecord fuller, ChanceryRecord other) {
    Objects.requireNonNull(fuller, "fuller");
    Objects.requireNonNull(other, "other");
    return fuller.equals(other) || says(Shapes.of(fuller), fuller, Shapes.of(other), other);
  }

  /**
   * Returns the wire names of the properties in which {@code other} says what {@code fuller} does
   * not: a value {@code fuller} lacks or gives otherwise, or a value of a list it does not hold.
   *
   * @param fuller the record compared with; not null
   * @param other the record whose properties are asked about; not null
   * @return the names, in the order of {@code other}'s shape, such as {@code [name]}; empty
   *     exactly when {@link #saysAll(ChanceryRecord, ChanceryRecord) saysAll(fuller, other)}
   */
  public static List<String> unsaid(ChanceryRecord fuller, ChanceryRecord other) {
    Objects.requireNonNull(fuller, "fuller");
    Objects.requireNonNull(other, "other");
    List<String> names = new ArrayList<>();
    Shape<ChanceryRecord> fullerShape = Shapes.of(fuller);
    for (Property<ChanceryRecord, ?> property : Shapes.of(other).properties()) {
      if (!says(fullerShape, fuller, property, other)) {
        names.add(property.name());
      }
    }
    return names;
  }

  private static <K, C> boolean says(Shape<K> keptShape, K kept, Shape<C> copyShape, C copy) {
    for (Property<C, ?> property : copyShape.properties()) {
      if (!says(keptShape, kept, property, copy)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the kept object says what the copy's property says. */
  private static <K, C> boolean says(Shape<K> keptShape, K kept, Property<C, ?> property, C copy) {
    List<?> said = property.values(copy);
    if (said.isEmpty()) {
      return true; // an absent value, or an empty list, says nothing
    }
    Property<K, ?> counterpart = keptShape.lookup(property.name());
    if (counterpart == null || isList(counterpart) != isList(property)) {
      return false;
    }
    List<?> keptValues = counterpart.values(kept);
    for (Object value : said) {
      if (!saidByOne(counterpart.type(), keptValues, property.type(), value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isList(Property<?, ?> property) {
    return property.cardinality() == Cardinality.LIST || property.cardinality() == Cardinality.NON_EMPTY_LIST;
  }

  private static boolean saidByOne(ValueType<?> keptType, List<?> keptValues, ValueType<?> copyType, Object copy) {
    for (Object kept : keptValues) {
      if (says(keptType, kept, copyType, copy)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static boolean says(ValueType<?> keptType, Object kept, ValueType<?> copyType, Object copy) {
    Form form = form(copyType);
    if (form(keptType) != form) {
      return false;
    }
    switch (form) {
      case TEXTS:
        Map<LanguageTag, String> keptTexts = ((MultilingualText) kept).asMap();
        for (Map.Entry<LanguageTag, String> text : ((MultilingualText) copy).asMap().entrySet()) {
          if (!text.getValue().equals(keptTexts.get(text.getKey()))) {
            return false;
          }
        }
        return true;
      case PART:
        return says((Shape<Object>) keptType.part(), kept, (Shape<Object>) copyType.part(), copy);
      case DECIMAL:
        return ((BigDecimal) kept).compareTo((BigDecimal) copy) == 0; // 2 and 2.0 are one number
      case INTEGER:
        return kept.equals(copy);
      default:
        return written(keptType, kept).equals(written(copyType, copy));
    }
  }

  private static Form form(ValueType<?> type) {
    switch (type.kind()) {
      case INTEGER:
      case COUNT:
        return Form.INTEGER;
      case DECIMAL:
        return Form.DECIMAL;
      case MULTILINGUAL_TEXT:
        return Form.TEXTS;
      case PART:
        return Form.PART;
      default:
        return Form.TEXT;
    }
  }

  /** A value written as one string: itself for a text or id, else its printed form. */
  @SuppressWarnings("unchecked")
  private static String written(ValueType<?> type, Object value) {
    if (type.kind() == ValueType.Kind.TEXT || type.kind() == ValueType.Kind.ID) {
      return (String) value;
    }
    return ((ValueType<Object>) type).print(value);
  }
}
