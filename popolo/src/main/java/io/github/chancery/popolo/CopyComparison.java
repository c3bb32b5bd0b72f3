package io.github.chancery.popolo;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Whether a record kept says everything a copy of it says, asked of their {@link Shape}s: each
 * property the copy has (a value, or a list that is not empty) must be a property of the kept
 * record's shape of the same name, whose value says the copy's (a list: each of the copy's values
 * said by one of the kept record's); a text in several languages says another when it has each of
 * its languages with the same text; a part (a ballot, a count, an other name) says another when
 * the same holds of its properties; any other value says another when they are written alike (the
 * same date, code or id, the same number).
 *
 * <p>The record type is not compared: an embedded voter or member without {@code @type} or
 * classification is read as a person or plain organization, a guess its full object settles.
 *
 * <p>Stateless and thread-safe.
 */
final class CopyComparison {
  /** What a value is written as, which decides what it can say of another. */
  private enum Form {
    TEXT,
    INTEGER,
    DECIMAL,
    TEXTS,
    PART
  }

  private CopyComparison() {}

  /**
   * Returns whether {@code kept} says everything {@code copy} does.
   *
   * @param kept the record kept
   * @param copy the copy
   * @return true when the copy says nothing the kept record does not
   */
  static boolean says(ChanceryRecord kept, ChanceryRecord copy) {
    return kept.equals(copy) || says(Shapes.of(kept), kept, Shapes.of(copy), copy);
  }

  private static <K, C> boolean says(Shape<K> keptShape, K kept, Shape<C> copyShape, C copy) {
    for (Property<C, ?> property : copyShape.properties()) {
      List<?> said = property.values(copy);
      if (said.isEmpty()) {
        continue; // an absent value, or an empty list, says nothing
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
