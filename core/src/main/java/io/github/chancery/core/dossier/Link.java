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

  private final String path;
  private final Reference<?> reference;
  private final Set<RecordType> allowed;
  private final Property<?, ?> property;

  private Link(String path, Reference<?> reference, Set<RecordType> allowed, Property<?, ?> property) {
    this.path = path;
    this.reference = reference;
    this.allowed = allowed;
    this.property = property;
  }

  /** Returns where the reference is in its record, such as {@code signatures[0].signatory_id}. */
  public String path() {
    return path;
  }

  /** Returns the reference. */
  public Reference<?> reference() {
    return reference;
  }

  /** Returns the record types the reference may point to. */
  public Set<RecordType> allowed() {
    return allowed;
  }

  /**
   * Returns the property of the record the reference is found under: the reference's own
   * property ({@code motion_id}), or the property of the part that holds it ({@code ballots}).
   */
  public Property<?, ?> property() {
    return property;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Link
        && path.equals(((Link) other).path)
        && reference.equals(((Link) other).reference)
        && allowed.equals(((Link) other).allowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, reference, allowed);
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
    Objects.requireNonNull(record, "record");
    List<Link> links = new ArrayList<>();
    for (Property<ChanceryRecord, ?> property : Shapes.of(record).properties()) {
      walk(links, property, property.name(), property, record);
    }
    return links;
  }

  private static <T> void walk(List<Link> links, Property<?, ?> top, String path, Property<T, ?> property, T owner) {
    ValueType<?> type = property.type();
    if (type.kind() != ValueType.Kind.REFERENCE && type.kind() != ValueType.Kind.PART) {
      return;
    }
    Object held = property.get(owner);
    switch (property.cardinality()) {
      case REQUIRED:
        value(links, top, path, type, held);
        break;
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) held;
        if (optional.isPresent()) {
          value(links, top, path, type, optional.get());
        }
        break;
      default:
        List<?> list = (List<?>) held;
        for (int i = 0; i < list.size(); i++) {
          value(links, top, path + "[" + i + "]", type, list.get(i));
        }
    }
  }

  @SuppressWarnings("unchecked")
  private static void value(List<Link> links, Property<?, ?> top, String path, ValueType<?> type, Object value) {
    if (type.kind() == ValueType.Kind.REFERENCE) {
      links.add(new Link(path, (Reference<?>) value, type.targets(), top));
      return;
    }
    for (Property<?, ?> inner : type.part().properties()) {
      walk(links, top, path + "." + inner.name(), (Property<Object, ?>) inner, value);
    }
  }
}
