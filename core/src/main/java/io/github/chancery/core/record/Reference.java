package io.github.chancery.core.record;

import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.wire.WireValue;
import java.util.Objects;

/**
 * A typed reference to a record by its id: a {@code Reference<Motion>} cannot be passed where a
 * {@code Reference<State>} is expected.
 *
 * <p>The type parameter is checked by the compiler; at run time a reference is its id, and two
 * references are equal when their ids are. Whether the id resolves to a record of the right type
 * is checked where the records are kept together, in a dossier.
 *
 * <p>Get one from an id with {@link #to(String)} or from the record itself with {@link
 * #of(ChanceryRecord)}; builders take it where a record names another: {@code
 * Vote.builder().motion(Reference.to("motion-es-11-1"))} or {@code .motion(Reference.of(motion))}.
 * It is a type of its own, not a string, so that an id cannot be given where a name is meant, nor
 * a state's id where a motion's is.
 *
 * <p>{@link #toString()} prints the id. Instances are immutable and thread-safe.
 *
 * @param <T> the type of record referred to
 */
public final class Reference<T extends ChanceryRecord> implements WireValue {
  private final String id;

  private Reference(String id) {
    this.id = id;
  }

  /**
   * Returns a reference to the record with this id.
   *
   * @param id a well-formed record id
   * @param <T> the type of record referred to
   * @return the reference
   * @throws ValidationException ({@code invalid-id}) if the id is malformed
   */
  public static <T extends ChanceryRecord> Reference<T> to(String id) {
    Objects.requireNonNull(id, "id");
    String problem = Violations.idProblem(id);
    if (problem != null) {
      throw ValidationException.of("", ViolationCode.INVALID_ID, problem);
    }
    return new Reference<>(id);
  }

  /**
   * Returns a reference to a record.
   *
   * @param record the record
   * @param <T> its type
   * @return a reference to its id
   */
  public static <T extends ChanceryRecord> Reference<T> of(T record) {
    Objects.requireNonNull(record, "record");
    return new Reference<>(record.id());
  }

  /**
   * Returns the id referred to.
   *
   * @return the id, well-formed; never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns whether this reference points to the given record.
   *
   * @param record a record
   * @return whether the ids are equal
   */
  public boolean pointsTo(ChanceryRecord record) {
    Objects.requireNonNull(record, "record");
    return id.equals(record.id());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reference && id.equals(((Reference<?>) other).id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
