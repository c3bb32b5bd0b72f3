package io.github.chancery.spark;

import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.SharedNames;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The converter of one shape's values to rows of its schema and back, derived once from the
 * shape: one column converter per property. Immutable and thread-safe.
 *
 * @param <T> the record or part type
 */
final class ShapeRows<T> {
  private final Shape<T> shape;
  private final StructType schema;
  private final List<Column<T>> columns;
  private final int idIndex;

  ShapeRows(Shape<T> shape) {
    this.shape = shape;
    this.schema = SparkSchemas.of(shape);
    List<Column<T>> made = new ArrayList<>();
    for (Property<T, ?> property : shape.properties()) {
      made.add(new Column<>(property, Values.converter(property.type())));
    }
    this.columns = List.copyOf(made);
    this.idIndex = shape.property(SharedNames.ID).map(Property::index).orElse(-1);
  }

  Row write(T value) {
    Object[] cells = new Object[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = columns.get(i).write(value);
    }
    return new GenericRowWithSchema(cells, schema);
  }

  /** Reads a value; a failure's paths are relative to the row. */
  T read(Row row) {
    StructType rowSchema = row.schema();
    if (rowSchema == null && row.length() != columns.size()) {
      throw ValidationException.of(
          "", ViolationCode.INVALID_FORMAT,
          "a row of " + shape.name() + " has " + columns.size() + " columns, not " + row.length());
    }
    Object[] values = shape.newValues();
    for (int i = 0; i < values.length; i++) {
      Column<T> column = columns.get(i);
      Object cell = rowSchema == null ? row.get(i) : cell(row, rowSchema, i, column.name());
      if (cell != null) {
        try {
          values[i] = column.read(cell);
        } catch (ValidationException e) {
          throw e.under(column.name());
        }
      }
    }
    return shape.create(values);
  }

  /** The id a row holds, for messages, or null when it has none that is a string. */
  String id(Row row) {
    if (idIndex < 0) {
      return null;
    }
    StructType rowSchema = row.schema();
    Object cell = rowSchema == null
        ? (row.length() > idIndex ? row.get(idIndex) : null)
        : cell(row, rowSchema, idIndex, SharedNames.ID.name());
    return cell instanceof String ? (String) cell : null;
  }

  /** The cell of a named column: at its own place when the row's schema has it there, else by name. */
  static Object cell(Row row, StructType rowSchema, int expected, String name) {
    StructField[] fields = rowSchema.fields();
    if (expected < fields.length && fields[expected].name().equals(name)) {
      return row.get(expected);
    }
    scala.Option<Object> found = rowSchema.getFieldIndex(name);
    return found.isDefined() ? row.get((Integer) found.get()) : null;
  }

  /** One property's column. */
  private static final class Column<T> {
    private final Property<T, ?> property;
    private final Values.Converter converter;
    private final boolean list;

    Column(Property<T, ?> property, Values.Converter converter) {
      this.property = property;
      this.converter = converter;
      this.list = SparkSchemas.isList(property);
    }

    String name() {
      return property.name();
    }

    Object write(T owner) {
      Object held = property.get(owner);
      if (list) {
        List<?> values = (List<?>) held;
        List<Object> cells = new ArrayList<>(values.size());
        values.forEach(v -> cells.add(converter.write(v)));
        return CollectionConverters.asScala(cells);
      }
      if (held instanceof Optional) {
        return ((Optional<?>) held).map(converter::write).orElse(null);
      }
      return held == null ? null : converter.write(held);
    }

    Object read(Object cell) {
      if (!list) {
        return converter.read(cell);
      }
      List<?> cells = Values.elements(cell);
      List<Object> values = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        Object element = cells.get(i);
        if (element == null) {
          throw ValidationException.of("[" + i + "]", ViolationCode.REQUIRED, "a list holds no null");
        }
        try {
          values.add(converter.read(element));
        } catch (ValidationException e) {
          throw e.under("[" + i + "]");
        }
      }
      return values;
    }
  }
}
