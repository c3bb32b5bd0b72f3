package io.github.chancery.core.wire;

/**
 * A value with a JSON wire form that only Chancery's JSON modules write: every record, value,
 * part, dossier, report and problem of this library.
 *
 * <p>Why it exists: a JSON mapper that lacks Chancery's module would otherwise see these types as
 * Java beans and write a part of them without a word, such as a vote as {@code
 * {"adopted":true}}. The one bean property this type declares, {@link
 * #getChanceryJsonModuleRequired()}, fails instead, naming the module to register; with the
 * module registered it is never called. Nothing in it is part of the model.
 *
 * <p>Implemented only by this library's types; stateless, so thread-safe.
 */
public interface WireValue {
  /** What a mapper without the module is told. */
  String MODULE_REQUIRED =
      "Chancery's records, values and reports are written only by Chancery's JSON module: register "
          + "io.github.chancery.json.ChanceryModule (artifact chancery-json, for Jackson 2) or "
          + "io.github.chancery.json.jackson3.ChanceryModule (artifact chancery-json-jackson3, for "
          + "Jackson 3) on the mapper, or build it with findAndRegisterModules() (Jackson 2) or "
          + "findAndAddModules() (Jackson 3); without the module a mapper would write only part of "
          + "the value";

  /**
   * Always fails: called only by a JSON mapper that lacks Chancery's module and takes this type
   * for a Java bean, so that it refuses to write the value rather than write part of it.
   *
   * @return never returns
   * @throws IllegalStateException always, naming the module to register
   */
  default Object getChanceryJsonModuleRequired() {
    throw new IllegalStateException(MODULE_REQUIRED + " (" + getClass().getSimpleName().replaceFirst("^Immutable", "") + ")");
  }
}
