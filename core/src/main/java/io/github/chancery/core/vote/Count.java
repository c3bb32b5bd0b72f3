package io.github.chancery.core.vote;

import io.github.chancery.core.wire.WireValue;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The number of votes for one option, in the whole vote or, when a group is given, within one
 * group of voters (a party or constituency).
 *
 * <p>Required: {@code option}. Part of a {@link Vote}, which validates it with the vote's paths:
 * the value is not negative. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Count implements WithCount, WireValue {
  Count() {}

  private static final Shape.Declaration<Count, ImmutableCount.Builder> DECLARATION =
      Shape.ofPart("count", Count.class, ImmutableCount::builder, ImmutableCount.Builder::build);

  /** {@code option}, required: the option counted. */
  public static final Property<Count, VoteOption> OPTION =
      DECLARATION.required(
          "option",
          ValueType.code(VoteOption::of, VoteOption.knownValues()),
          Count::option,
          ImmutableCount.Builder::option);

  /** {@code value}, required: how many voted that way. */
  public static final Property<Count, Integer> VALUE =
      DECLARATION.required("value", ValueType.COUNT, Count::value, ImmutableCount.Builder::value);

  /** {@code group_id}, optional: the group this count is for. */
  public static final Property<Count, Reference<Organization>> GROUP =
      DECLARATION.optional("group_id", ValueType.reference(RecordType.ORGANIZATION), Count::group, ImmutableCount.Builder::group);

  private static final Shape<Count> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of counts, the same instance on every call
   */
  public static Shape<Count> shape() {
    return SHAPE;
  }

  /**
   * Returns the count of an option in the whole vote.
   *
   * @param option the option
   * @param value how many voted that way; checked by the vote
   * @return the count
   */
  public static Count of(VoteOption option, int value) {
    return ImmutableCount.of(option, value);
  }

  /**
   * Returns the option counted.
   *
   * @return the option; never null
   */
  @Value.Parameter
  public abstract VoteOption option();

  /**
   * Returns how many voted that way.
   *
   * @return the number of votes, not negative in a valid vote
   */
  @Value.Parameter
  public abstract int value();

  /**
   * Returns the group this count is for; absent for the whole vote.
   *
   * @return a reference to the group, or empty for a count of the whole vote
   */
  public abstract Optional<Reference<Organization>> group();

  // Missing parts are rejected at once, so that a part never exists half-built; every other
  // rule is checked by the enclosing record, which reports it with the full path.
  @Value.Check
  final void checkPresent() {
    if (option() != null) {
      return; // the usual case, without a collector
    }
    Violations v = Violations.collect();
    v.required(OPTION, option());
    v.throwIfAny(null, null);
  }

  void validate(Violations v, int index) {
    if (value() < 0) {
      v.nonNegative(Vote.COUNTS.at(index, VALUE), value());
    }
  }
}
