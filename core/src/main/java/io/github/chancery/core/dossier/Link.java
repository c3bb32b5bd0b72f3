package io.github.chancery.core.dossier;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One reference from a record to another: where it is in the record (the wire path, such as
 * {@code ballots[3].voter_id}), the reference, the record types it may point to, and the
 * record's property it is found under ({@code ballots}).
 *
 * <p>Links are found by walking the record's {@link io.github.chancery.core.record.Shape}, so a
 * new record type or property needs nothing here. Instances are immutable and thread-safe.
 */
public final class Link {
  /** The record types that are actors. */
  public static final Set<RecordType> ACTORS = RecordType.actors();

  private final Property<?, ?> property;
  private final int index;
  private final String innerName;
  private final int innerIndex;
  private final Reference<?> reference;
  private final Set<RecordType> allowed;
  // Rendered when first asked for: a dossier holds millions of links, and few paths are shown.
  private String path;

  private Link(
      Property<?, ?> property, int index, String innerName, int innerIndex, Reference<?> reference, Set<RecordType> allowed) {
    this.property = property;
    this.index = index;
    this.innerName = innerName;
    this.innerIndex = innerIndex;
    this.reference = reference;
    this.allowed = allowed;
  }

  /**
   * Returns where the reference is in its record, such as {@code signatures[0].signatory_id}.
   *
   * @return the path in the record; never null
   */
  public String path() {
    String rendered = path;
    if (rendered == null) {
      StringBuilder text = new StringBuilder(property.name());
      if (index >= 0) {
        text.append('[').append(index).append(']');
      }
      if (innerName != null) {
        text.append('.').append(innerName);
        if (innerIndex >= 0) {
          text.append('[').append(innerIndex).append(']');
        }
      }
      rendered = text.toString();
      path = rendered;
    }
    return rendered;
  }

  /**
   * Returns the reference.
   *
   * @return the reference; never null
   */
  public Reference<?> reference() {
    return reference;
  }

  /**
   * Returns the record types the reference may point to.
   *
   * @return the allowed record types, at least one, unmodifiable; never null
   */
  public Set<RecordType> allowed() {
    return allowed;
  }

  /**
   * Returns the property of the record the reference is found under: the reference's own
   * property ({@code motion_id}), or the property of the part that holds it ({@code ballots}).
   *
   * @return the property; never null
   */
  public Property<?, ?> property() {
    return property;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Link
        && path().equals(((Link) other).path())
        && reference.equals(((Link) other).reference)
        && allowed.equals(((Link) other).allowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path(), reference, allowed);
  }

  @Override
  public String toString() {
    return path + " -> " + reference;
  }

  /**
   * Returns every reference a record makes, in the order of its properties.
   *
   * @param record a record
   * @return its links
   */
  public static List<Link> of(ChanceryRecord record) {
    List<Link> links = new ArrayList<>();
    visit(record, (property, index, innerName, innerIndex, reference, allowed) ->
        links.add(new Link(property, index, innerName, innerIndex, reference, allowed)));
    return links;
  }

  /** Takes each link of a record in turn, as its parts, so that no link need be made. */
  interface Visitor {
    void link(
        Property<?, ?> property, int index, String innerName, int innerIndex, Reference<?> reference, Set<RecordType> allowed);
  }

  /** Returns a link of its parts, as a visitor is given them. */
  static Link of(
      Property<?, ?> property, int index, String innerName, int innerIndex, Reference<?> reference, Set<RecordType> allowed) {
    return new Link(property, index, innerName, innerIndex, reference, allowed);
  }

  /**
   * Gives every reference a record makes to a visitor, in the order of its properties, without
   * collecting them: a check of a million ballots need not keep their links.
   */
  static void visit(ChanceryRecord record, Visitor visitor) {
    Objects.requireNonNull(record, "record");
    List<Property<ChanceryRecord, ?>> properties = Shapes.of(record).properties();
    for (int p = 0; p < properties.size(); p++) {
      Property<ChanceryRecord, ?> property = properties.get(p);
      ValueType<?> type = property.type();
      if (type.kind() == ValueType.Kind.REFERENCE || type.kind() == ValueType.Kind.PART) {
        forEach(property, record, (value, index) -> top(visitor, property, index, type, value));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void top(Visitor links, Property<?, ?> property, int index, ValueType<?> type, Object value) {
    if (type.kind() == ValueType.Kind.REFERENCE) {
      links.link(property, index, null, -1, (Reference<?>) value, type.targets());
      return;
    }
    // A part's own references; parts hold no parts.
    List<? extends Property<?, ?>> inner = type.part().properties();
    for (int q = 0; q < inner.size(); q++) {
      Property<Object, ?> part = (Property<Object, ?>) inner.get(q);
      if (part.type().kind() == ValueType.Kind.REFERENCE) {
        forEach(
            part,
            value,
            (reference, innerIndex) ->
                links.link(property, index, part.name(), innerIndex, (Reference<?>) reference, part.type().targets()));
      }
    }
  }

  /** Calls {@code action} with each value of a property and its list index (-1 when not a list). */
  private static <T> void forEach(Property<T, ?> property, T owner, java.util.function.ObjIntConsumer<Object> action) {
    Object held = property.get(owner);
    switch (property.cardinality()) {
      case REQUIRED:
        action.accept(held, -1);
        break;
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) held;
        if (optional.isPresent()) {
          action.accept(optional.get(), -1);
        }
        break;
      default:
        List<?> list = (List<?>) held;
        for (int i = 0; i < list.size(); i++) {
          action.accept(list.get(i), i);
        }
    }
  }
}
