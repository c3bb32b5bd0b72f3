package io.github.chancery.core.wire;

import java.util.Objects;

/** A wire name made by {@link WireName#of(String)}. Immutable and thread-safe. */
final class SharedName implements WireName {
  private final String name;

  SharedName(String name) {
    Objects.requireNonNull(name, "name");
    boolean wellFormed = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
    for (int i = 1; i < name.length() && wellFormed; i++) {
      char c = name.charAt(i);
      wellFormed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (!wellFormed) {
      throw new IllegalArgumentException("'" + name + "' is not a wire name: lower-case letters, digits and underscores");
    }
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SharedName && name.equals(((SharedName) other).name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
