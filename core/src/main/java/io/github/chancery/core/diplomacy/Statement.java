package io.github.chancery.core.diplomacy;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
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

  private static final Shape<Statement> SHAPE =
    Shape.ofRecord(RecordType.STATEMENT, Statement.class, Statement::builder, Statement.Builder::build)
        .required("id", ValueType.ID, Statement::id, Statement.Builder::id)
        .required("author_id", ValueType.actorReference(), Statement::author, Statement.Builder::author)
        .optional("date", ValueType.DATE, Statement::date, Statement.Builder::date)
        .nonEmptyList("positions", ValueType.part(Position.shape()), Statement::positions, Statement.Builder::addAllPositions)
        .optional("summary", ValueType.MULTILINGUAL_TEXT, Statement::summary, Statement.Builder::summary)
        .optional("other_report_of_id", ValueType.reference(RecordType.STATEMENT), Statement::otherReportOf, Statement.Builder::otherReportOf)
        .list("identifiers", ValueType.part(Identifier.shape()), Statement::identifiers, Statement.Builder::addAllIdentifiers)
        .list("source_ids", ValueType.reference(RecordType.SOURCE), Statement::sources, Statement.Builder::addAllSources)
        .build();

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
    v.id("id", id());
    v.noNullElements("positions", positions());
    v.noNullElements("source_ids", sources());
    v.required("author_id", author());
    v.nonEmpty("positions", positions());
    for (int i = 0; i < positions().size(); i++) {
      if (positions().get(i) != null) {
        positions().get(i).validate(v, "positions[" + i + "]");
      }
    }
    v.notSelf("other_report_of_id", id(), otherReportOf().map(Reference::id), "a record cannot be another report of itself");
    v.noNullElements("identifiers", identifiers());
    v.distinct("identifiers", identifiers());
    v.distinct("source_ids", sources());
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
  }
}
