package io.github.chancery.json.conformance;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sample record of every record type, built from the type's {@link Shape} alone, so that the
 * suite covers a new record type without anyone writing a fixture for it: every required
 * property, every non-empty list (with one value) and the first property of each of the shape's
 * at-least-one-of groups get a valid value chosen by its {@link ValueType.Kind}, recursing into
 * parts; optional properties and plain lists are left out, unless a rule of the type's own asks
 * for more than its shape declares (a source needs a title, url, publisher or author): then they
 * are added one by one, in wire order, until the record is valid. The record is built through
 * the shape, so every rule of the type applies.
 *
 * <p>Values: a text {@code Sample <property>}, the id {@code sample-<type>}, a reference named
 * after its property ({@code motion-1} for {@code motion_id}: distinct per property, so that no
 * record refers to itself or gives two roles one actor), 1 for numbers, 2020-01-01, {@code en},
 * {@code FR}, {@code https://example.org/sample}, a text in English, and the first known value
 * of a code list.
 *
 * <p>Stateless and thread-safe; the same records on every call.
 */
public final class SampleRecords {
  private SampleRecords() {}

  /**
   * Returns the sample record of a type.
   *
   * @param type the record type
   * @return a valid record of that type, built from its shape
   */
  public static ChanceryRecord of(RecordType type) {
    return sample(Shapes.of(type), "sample-" + type.wireName().replace('_', '-'));
  }

  /**
   * Returns the sample record of every type, in the order of {@link RecordType}.
   *
   * @return one record per type, unmodifiable
   */
  public static List<ChanceryRecord> ofEveryType() {
    return Arrays.stream(RecordType.values()).map(SampleRecords::of).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the properties a sample gives a value: the required ones, the non-empty lists, and
   * the first of each at-least-one-of group.
   *
   * @param shape a record's or part's shape
   * @param <T> the type described
   * @return the properties, in wire order
   */
  public static <T> List<Property<T, ?>> filledIn(Shape<T> shape) {
    Set<String> firstOfGroups = new HashSet<>();
    shape.atLeastOneOf().forEach(group -> firstOfGroups.add(group.get(0)));
    return shape.properties().stream()
        .filter(p -> p.cardinality() == Cardinality.REQUIRED || p.cardinality() == Cardinality.NON_EMPTY_LIST
            || firstOfGroups.contains(p.name()))
        .collect(Collectors.toList());
  }

  private static <T> T sample(Shape<T> shape, String id) {
    Object[] values = shape.newValues();
    for (Property<T, ?> property : filledIn(shape)) {
      fill(values, property, id);
    }
    List<Property<T, ?>> left = new ArrayList<>(shape.properties());
    left.removeAll(filledIn(shape));
    while (true) {
      try {
        return shape.create(values);
      } catch (ValidationException needsMore) {
        // A rule of the type's own wants more than the shape declares, such as a source's title,
        // url, publisher or author: the optional properties are added one by one, in wire order.
        if (left.isEmpty()) {
          throw needsMore;
        }
        fill(values, left.remove(0), id);
      }
    }
  }

  private static void fill(Object[] values, Property<?, ?> property, String id) {
    Object value = value(property.type(), property.name(), id);
    boolean list = property.cardinality() == Cardinality.LIST || property.cardinality() == Cardinality.NON_EMPTY_LIST;
    values[property.index()] = list ? List.of(value) : value;
  }

  private static Object value(ValueType<?> type, String property, String id) {
    switch (type.kind()) {
      case TEXT:
        return "Sample " + property.replace('_', ' ');
      case ID:
        return id;
      case INTEGER:
      case COUNT:
        return 1;
      case DECIMAL:
        return BigDecimal.ONE;
      case DATE:
        return type.parse("2020-01-01");
      case LANGUAGE_TAG:
        return type.parse("en");
      case COUNTRY_CODE:
        return type.parse("FR");
      case URL:
        return type.parse("https://example.org/sample");
      case MULTILINGUAL_TEXT:
        return MultilingualText.of("en", "Sample " + property.replace('_', ' '));
      case REFERENCE:
        return type.parse(property.toLowerCase(Locale.ROOT).replaceAll("_ids?$", "").replace('_', '-') + "-1");
      case CODE:
        return type.knownCodes().get(0);
      case PART:
        return sample(type.part(), id + "-" + property.replace('_', '-'));
      default:
        throw new IllegalStateException("no sample value of kind " + type.kind());
    }
  }
}
