package io.github.chancery.core.dossier;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule of open code lists: a value this library does not know (a partner's {@code passed},
 * {@code Yes}) is kept verbatim, as designed, and the report names it, where it is and the known
 * values of its list, since no other rule reads it as a known one. Every code property of every
 * record and part is walked through the shapes, so a new code list needs nothing here. Paths are
 * built only for what is reported. Used by one check on one thread.
 */
final class CodeRules {
  /** Whether a part's shape holds a code, itself or in its own parts; the same for every check. */
  private static final Map<Shape<?>, Boolean> HOLDS_CODES = new ConcurrentHashMap<>();
  private static final int DEEPEST = 8;

  private final CheckContext context;
  // The properties and list indices from the record down to the value being looked at.
  private final Property<?, ?>[] trail = new Property<?, ?>[DEEPEST];
  private final int[] indices = new int[DEEPEST];

  CodeRules(CheckContext context) {
    this.context = context;
  }

  /** Every value of an open code list in the record, in its parts too, that is not a known one. */
  void unknownCodes(ChanceryRecord record, String at) {
    walk(record, Shapes.of(record), record, at, 0);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void walk(Object owner, Shape<?> shape, ChanceryRecord record, String at, int depth) {
    for (Property<?, ?> property : shape.properties()) {
      ValueType<?> type = property.type();
      // An identifier's scheme is a register's name, which any publisher may have: the library
      // knows a few only to check their formats, so an unknown one is no finding.
      boolean code = type.kind() == ValueType.Kind.CODE && property != Identifier.SCHEME;
      if (!code && (type.kind() != ValueType.Kind.PART || !holdsCodes(type.part()) || depth + 1 >= DEEPEST)) {
        continue;
      }
      trail[depth] = property;
      Object held = ((Property) property).get(owner);
      switch (property.cardinality()) {
        case REQUIRED:
          visit(held, type, record, at, depth, -1);
          break;
        case OPTIONAL:
          if (((Optional<?>) held).isPresent()) {
            visit(((Optional<?>) held).get(), type, record, at, depth, -1);
          }
          break;
        default:
          List<?> values = (List<?>) held;
          for (int i = 0; i < values.size(); i++) {
            visit(values.get(i), type, record, at, depth, i);
          }
          break;
      }
    }
  }

  private void visit(Object value, ValueType<?> type, ChanceryRecord record, String at, int depth, int index) {
    if (value == null) {
      return;
    }
    indices[depth] = index;
    if (type.kind() == ValueType.Kind.PART) {
      walk(value, type.part(), record, at, depth + 1);
      return;
    }
    OpenCode code = (OpenCode) value;
    if (!code.isKnown()) {
      context.add(
          FindingCode.UNKNOWN_CODE,
          record,
          at + path(depth),
          "'" + code.code() + "' is not a known " + type.listName() + "; it is kept verbatim and no rule reads it"
              + " (known: " + String.join(", ", type.knownCodeTexts()) + ")");
    }
  }

  private String path(int depth) {
    StringBuilder path = new StringBuilder();
    for (int d = 0; d <= depth; d++) {
      if (d > 0) {
        path.append('.');
      }
      path.append(trail[d].name());
      if (indices[d] >= 0) {
        path.append('[').append(indices[d]).append(']');
      }
    }
    return path.toString();
  }

  private static boolean holdsCodes(Shape<?> shape) {
    Boolean known = HOLDS_CODES.get(shape);
    if (known == null) {
      boolean holds = false;
      for (Property<?, ?> property : shape.properties()) {
        ValueType<?> type = property.type();
        holds |= type.kind() == ValueType.Kind.CODE
            || (type.kind() == ValueType.Kind.PART && type.part() != shape && holdsCodes(type.part()));
      }
      known = holds;
      HOLDS_CODES.put(shape, known);
    }
    return known;
  }
}
