package io.github.chancery.core.legislature;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A period of a legislature's work: a term (the 44th Parliament of Canada), a session within it,
 * a sitting, or a special session (the General Assembly's eleventh emergency special session).
 * Motions and votes refer to the session they belong to, so that roll calls numbered afresh in
 * each session are told apart by session and identifier.
 *
 * <p>Sessions nest: a sitting names its session as {@code parent}, a session its term.
 *
 * <p>Required: {@code id}, {@code legislature}, and at least one of {@code name}, {@code number}
 * and {@code identifier}. Invariants: the number, when known, is above zero; the end is not
 * definitely before the start; a session is not its own parent. The consistency report checks
 * what depends on other records: a vote dated outside its session, a session of another
 * legislature than its motion's, a sitting outside its session. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Session implements ChanceryRecord, WithSession {
  Session() {}

  private static final Shape.Declaration<Session, Session.Builder> DECLARATION =
      Shape.ofRecord(RecordType.SESSION, Session.class, Session::builder, Session.Builder::build);

  /** {@code id}, required: the session's id. */
  public static final Property<Session, String> ID = DECLARATION.id(Session::id, Session.Builder::id);

  /** {@code legislature_id}, required: the legislature whose session this is. */
  public static final Property<Session, Reference<Legislature>> LEGISLATURE =
      DECLARATION.required(
          "legislature_id",
          ValueType.reference(RecordType.LEGISLATURE),
          Session::legislature,
          Session.Builder::legislature);

  /** {@code kind}, optional: what kind of period it is. */
  public static final Property<Session, SessionKind> KIND =
      DECLARATION.optional(
          "kind",
          ValueType.code(SessionKind::of, SessionKind.knownValues()),
          Session::kind,
          Session.Builder::kind);

  /** {@code name}, optional: its name, such as {@code 44th Parliament, 1st Session}. */
  public static final Property<Session, MultilingualText> NAME =
      DECLARATION.optional("name", ValueType.MULTILINGUAL_TEXT, Session::name, Session.Builder::name);

  /** {@code number}, optional: its number in the series the legislature counts. */
  public static final Property<Session, Integer> NUMBER =
      DECLARATION.<Integer>optional(
          "number",
          ValueType.INTEGER,
          s -> s.number().isPresent() ? Optional.of(s.number().getAsInt()) : Optional.empty(),
          (b, number) -> b.number(number));

  /** {@code identifier}, optional: its official designation, such as {@code ES-11} or {@code 44-1}. */
  public static final Property<Session, String> IDENTIFIER =
      DECLARATION.optional("identifier", ValueType.TEXT, Session::identifier, Session.Builder::identifier);

  /** {@code parent_id}, optional: the session or term this one is part of. */
  public static final Property<Session, Reference<Session>> PARENT =
      DECLARATION.optional("parent_id", ValueType.reference(RecordType.SESSION), Session::parent, Session.Builder::parent);

  /** {@code start}, optional: when it opened. */
  public static final Property<Session, PartialDate> START =
      DECLARATION.optional("start", ValueType.DATE, Session::start, Session.Builder::start);

  /** {@code end}, optional: when it closed. */
  public static final Property<Session, PartialDate> END =
      DECLARATION.optional("end", ValueType.DATE, Session::end, Session.Builder::end);

  /** {@code identifiers}, a list: the identifiers other registers give the session. */
  public static final Property<Session, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Session::identifiers, Session.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources that report the session. */
  public static final Property<Session, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Session::sources, Session.Builder::addAllSources);

  private static final Shape<Session> SHAPE = DECLARATION.atLeastOneOf(NAME, NUMBER, IDENTIFIER).build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of sessions, the same instance on every call
   */
  public static Shape<Session> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; {@code id}, {@code legislature}, and one of {@code name}, {@code number}
   * and {@code identifier} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.SESSION;
  }

  /**
   * Returns the legislature whose session this is.
   *
   * @return a reference to the legislature; never null
   */
  public abstract Reference<Legislature> legislature();

  /**
   * Returns what kind of period it is.
   *
   * @return the kind, or empty when not stated
   */
  public abstract Optional<SessionKind> kind();

  /**
   * Returns its name, such as {@code 44th Parliament, 1st Session}.
   *
   * @return the name, or empty when not stated
   */
  public abstract Optional<MultilingualText> name();

  /**
   * Returns its number in the series the legislature counts, such as 44 for the 44th Parliament.
   *
   * @return the number, above zero, or empty when not stated
   */
  public abstract OptionalInt number();

  /**
   * Returns its official designation, such as {@code ES-11} or {@code 44-1}.
   *
   * @return the designation, not blank, or empty when not stated
   */
  public abstract Optional<String> identifier();

  /**
   * Returns the session or term this one is part of.
   *
   * @return a reference to the parent session, never this one, or empty when not stated
   */
  public abstract Optional<Reference<Session>> parent();

  /**
   * Returns when it opened.
   *
   * @return the opening date, or empty when unknown
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when it closed; absent while it is open or when unknown.
   *
   * @return the closing date, or empty while open or when unknown
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns the date it opened, when known.
   *
   * @return the {@linkplain #start() opening date}, or empty when unknown
   */
  @Override
  public final Optional<PartialDate> actDate() {
    return start();
  }

  /**
   * Returns whether the date may fall within the session: it is not definitely before the start
   * nor definitely after the end. Unknown bounds do not exclude.
   *
   * @param date the date
   * @return false only when the dates make it certain the date is outside the session
   */
  public boolean mayInclude(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return DateOrder.mayBeWithin(date, start(), end());
  }

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(SOURCES, sources());
    v.required(LEGISLATURE, legislature());
    v.optionalText(IDENTIFIER, identifier());
    if (name().isEmpty() && number().isEmpty() && identifier().isEmpty()) {
      v.add(NAME, ViolationCode.REQUIRED, "a session needs a name, a number or an identifier");
    }
    if (number().isPresent() && number().getAsInt() <= 0) {
      v.add(NUMBER, ViolationCode.NOT_POSITIVE, "must be above zero, was " + number().getAsInt());
    }
    DateOrder.check(v, END, end(), START, start());
    v.notSelf(PARENT, id(), parent().map(Reference::id), "a session cannot be its own parent");
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.SESSION.wireName(), id());
  }

  /**
   * Builds a {@link Session}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Session#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Session} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid session.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}

    /**
     * Builds the session from the fields set so far, checking at once the fields {@link
     * Session#builder()} names as required and every invariant of {@link Session}.
     *
     * @return the session, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no session is built
     */
    @Override
    public Session build() {
      return super.build();
    }
  }
}
