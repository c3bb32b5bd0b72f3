package io.github.chancery.core.wire;

/**
 * The wire name of a property, such as {@code motion_id}, and the paths built from it, such as
 * {@code counts[3].value}, at which violations and findings are reported.
 *
 * <p>Every property of a record or part type is one: its handle, a constant of the type such as
 * {@code Vote.MOTION} or {@code Count.VALUE}, declared once with the type's shape. Code that
 * names a property names that constant, so a misspelt name does not compile, where a misspelt
 * string would find nothing. The few names several record types share, such as {@code
 * source_ids}, are made with {@link #of(String)}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface WireName {
  /**
   * Returns the wire name, such as {@code motion_id}.
   *
   * @return the name: lower-case letters, digits and underscores, starting with a letter; never
   *     null
   */
  String name();

  /**
   * Returns the path of one element of this list property, such as {@code counts[3]}.
   *
   * @param index the element's index, from 0
   * @return the path
   */
  default String at(int index) {
    return name() + '[' + index + ']';
  }

  /**
   * Returns the path of a property of one element of this list property, such as {@code
   * counts[3].value}.
   *
   * @param index the element's index, from 0
   * @param inner the property of the element, such as {@code Count.VALUE}
   * @return the path
   */
  default String at(int index, WireName inner) {
    return name() + '[' + index + "]." + inner.name();
  }

  /**
   * Returns the path of this property within the structure at a path, such as {@code
   * signatures[0].date} under {@code signatures[0]}.
   *
   * @param prefix the path of the structure that holds the property, not empty
   * @return the path
   */
  default String under(String prefix) {
    return prefix + '.' + name();
  }

  /**
   * Returns a wire name that is no one shape's own, for a name several record types share.
   *
   * @param name the name, such as {@code source_ids}
   * @return the wire name, equal to every other made of the same name
   * @throws IllegalArgumentException if the name is not lower-case letters, digits and
   *     underscores starting with a letter
   */
  static WireName of(String name) {
    return new SharedName(name);
  }
}
