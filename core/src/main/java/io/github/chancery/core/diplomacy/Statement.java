package io.github.chancery.core.diplomacy;

import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A public statement by an actor about other records: a foreign ministry condemning resolutions
 * and denying them legal force, a government welcoming an agreement.
 *
 * <p>A statement records what its author said, attributed to the author and to its sources; it
 * does not make the author's position a fact.
 *
 * <p>Required: {@code id}, {@code author}, at least one {@linkplain #positions() position}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Statement implements ChanceryRecord, WithStatement {
  Statement() {}

  private static final Shape.Declaration<Statement, Statement.Builder> DECLARATION =
      Shape.ofRecord(RecordType.STATEMENT, Statement.class, Statement::builder, Statement.Builder::build);

  /** {@code id}, required: the statement's id. */
  public static final Property<Statement, String> ID = DECLARATION.id(Statement::id, Statement.Builder::id);

  /** {@code author_id}, required: who made the statement. */
  public static final Property<Statement, Reference<? extends Actor>> AUTHOR =
      DECLARATION.required("author_id", ValueType.actorReference(), Statement::author, Statement.Builder::author);

  /** {@code date}, optional: when it was made. */
  public static final Property<Statement, PartialDate> DATE =
      DECLARATION.optional("date", ValueType.DATE, Statement::date, Statement.Builder::date);

  /** {@code positions}, a list of one or more: the positions it takes, each a stance towards some records. */
  public static final Property<Statement, Position> POSITIONS =
      DECLARATION.nonEmptyList(
          "positions",
          ValueType.part(Position.shape()),
          Statement::positions,
          Statement.Builder::addAllPositions);

  /** {@code summary}, optional: a summary of what was said, in the words of whoever recorded it. */
  public static final Property<Statement, MultilingualText> SUMMARY =
      DECLARATION.optional("summary", ValueType.MULTILINGUAL_TEXT, Statement::summary, Statement.Builder::summary);

  /**
   * {@code other_report_of_id}, optional: the record of the same act as another source reports it,
   * when this record is a second report of that act.
   */
  public static final Property<Statement, Reference<Statement>> OTHER_REPORT_OF =
      DECLARATION.otherReportOf(Statement::otherReportOf, Statement.Builder::otherReportOf);

  /** {@code identifiers}, a list: the identifiers other registers give the statement. */
  public static final Property<Statement, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Statement::identifiers, Statement.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the statement. */
  public static final Property<Statement, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Statement::sources, Statement.Builder::addAllSources);

  private static final Shape<Statement> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of statements, the same instance on every call
   */
  public static Shape<Statement> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id}, {@code author} and one position are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.STATEMENT;
  }

  /**
   * Returns who made the statement.
   *
   * @return a reference to the author; never null
   */
  public abstract Reference<? extends Actor> author();

  /**
   * Returns when it was made.
   *
   * @return the date, or empty when unknown
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the positions it takes, each a stance towards some records.
   *
   * @return the positions, in the order given; never null nor empty
   */
  public abstract List<Position> positions();

  /**
   * Returns a summary of what was said, in the words of whoever recorded it.
   *
   * @return the summary, or empty when there is none
   */
  public abstract Optional<MultilingualText> summary();

  /**
   * Returns the record of the same act as another source reports it, when this record is a
   * second report of that act: both are kept, each with its own sources, and the consistency
   * report shows where they disagree.
   *
   * @return a reference to the other statement, never this one, or empty when this is the only
   *     report
   */
  public abstract Optional<Reference<Statement>> otherReportOf();

  /**
   * Returns the date of the statement, when known.
   *
   * @return the {@linkplain #date() date}, or empty when unknown
   */
  @Override
  public final Optional<PartialDate> actDate() {
    return date();
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(POSITIONS, positions());
    v.noNullElements(SOURCES, sources());
    v.required(AUTHOR, author());
    v.nonEmpty(POSITIONS, positions());
    for (int i = 0; i < positions().size(); i++) {
      if (positions().get(i) != null) {
        positions().get(i).validate(v, POSITIONS.at(i));
      }
    }
    v.notSelf(OTHER_REPORT_OF, id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.STATEMENT.wireName(), id());
  }

  /**
   * Builds a {@link Statement}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Statement#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Statement} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid statement.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}

    /**
     * Builds the statement from the fields set so far, checking at once the fields {@link
     * Statement#builder()} names as required and every invariant of {@link Statement}.
     *
     * @return the statement, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no statement is built
     */
    @Override
    public Statement build() {
      return super.build();
    }
  }
}
