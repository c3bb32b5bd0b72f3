package io.github.chancery.core.source;

import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.Provenance;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DateOrder;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.validation.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where facts come from: a news article, a tweet, an official record. Any record can name the
 * sources that report it; a source can itself cite other sources (an article citing a tweet).
 *
 * <p>A source records who said what, not whether it is true: the words a source uses ("occupied",
 * "self-proclaimed") belong to it, and are kept as its {@linkplain #quotes() quotes}.
 *
 * <p>Required: {@code id}, and at least one of title, URL, publisher, author name or author.
 * Invariants: the URL is an absolute http or https address; texts are not blank; the retrieval
 * date is not definitely before the publication date. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source implements Provenance, WithSource {
  Source() {}

  private static final Shape.Declaration<Source, Source.Builder> DECLARATION =
      Shape.ofRecord(RecordType.SOURCE, Source.class, Source::builder, Source.Builder::build);

  /** {@code id}, required: the source's id. */
  public static final Property<Source, String> ID = DECLARATION.id(Source::id, Source.Builder::id);

  /** {@code kind}, optional: what kind of publication this is, if recorded. */
  public static final Property<Source, SourceKind> KIND =
      DECLARATION.optional("kind", ValueType.code(SourceKind::of, SourceKind.knownValues()), Source::kind, Source.Builder::kind);

  /** {@code title}, optional: the title, if any, in the languages given. */
  public static final Property<Source, MultilingualText> TITLE =
      DECLARATION.optional("title", ValueType.MULTILINGUAL_TEXT, Source::title, Source.Builder::title);

  /** {@code publisher}, optional: the publisher, such as {@code AzerNews}. */
  public static final Property<Source, String> PUBLISHER =
      DECLARATION.optional("publisher", ValueType.TEXT, Source::publisher, Source.Builder::publisher);

  /** {@code author_name}, optional: the author's name as printed, such as {@code Vafa Ismayilova}. */
  public static final Property<Source, String> AUTHOR_NAME =
      DECLARATION.optional("author_name", ValueType.TEXT, Source::authorName, Source.Builder::authorName);

  /** {@code author_id}, optional: the author as a record. */
  public static final Property<Source, Reference<? extends Actor>> AUTHOR =
      DECLARATION.optional("author_id", ValueType.actorReference(), Source::author, Source.Builder::author);

  /** {@code url}, optional: the address of the publication. */
  public static final Property<Source, URI> URL = DECLARATION.optional("url", ValueType.URL, Source::url, Source.Builder::url);

  /** {@code published_on}, optional: when it was published. */
  public static final Property<Source, PartialDate> PUBLISHED_ON =
      DECLARATION.optional("published_on", ValueType.DATE, Source::publishedOn, Source.Builder::publishedOn);

  /** {@code retrieved_on}, optional: when it was retrieved by whoever recorded it. */
  public static final Property<Source, PartialDate> RETRIEVED_ON =
      DECLARATION.optional("retrieved_on", ValueType.DATE, Source::retrievedOn, Source.Builder::retrievedOn);

  /** {@code language}, optional: the language it is written in. */
  public static final Property<Source, LanguageTag> LANGUAGE =
      DECLARATION.optional("language", ValueType.LANGUAGE_TAG, Source::language, Source.Builder::language);

  /** {@code quotes}, a list: words quoted from it verbatim, in its language. */
  public static final Property<Source, String> QUOTES =
      DECLARATION.list("quotes", ValueType.TEXT, Source::quotes, Source.Builder::addAllQuotes);

  /** {@code identifiers}, a list: the identifiers other registers give the source. */
  public static final Property<Source, Identifier> IDENTIFIERS =
      DECLARATION.identifiers(Source::identifiers, Source.Builder::addAllIdentifiers);

  /** {@code source_ids}, a list: the sources this source cites, such as the tweet an article quotes. */
  public static final Property<Source, Reference<? extends Provenance>> SOURCES =
      DECLARATION.sources(Source::sources, Source.Builder::addAllSources);

  private static final Shape<Source> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this record: its properties in wire order, read by validation, dossiers
   * and JSON.
   *
   * @return the shape of sources, the same instance on every call
   */
  public static Shape<Source> shape() {
    return SHAPE;
  }

  /**
   * Returns a builder; see the class documentation for what is required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final RecordType recordType() {
    return RecordType.SOURCE;
  }

  /**
   * Returns what kind of publication this is, if recorded.
   *
   * @return the kind, or empty when not recorded
   */
  public abstract Optional<SourceKind> kind();

  /**
   * Returns the title, if any, in the languages given.
   *
   * @return the title, or empty when there is none
   */
  public abstract Optional<MultilingualText> title();

  /**
   * Returns the publisher, such as {@code AzerNews}.
   *
   * @return the publisher's name, not blank, or empty when not recorded
   */
  public abstract Optional<String> publisher();

  /**
   * Returns the author's name as printed, such as {@code Vafa Ismayilova}.
   *
   * @return the author's name, not blank, or empty when not recorded
   */
  public abstract Optional<String> authorName();

  /**
   * Returns the author as a record, when the author is an actor that is recorded.
   *
   * @return a reference to the author, or empty when the author is not a recorded actor
   */
  public abstract Optional<Reference<? extends Actor>> author();

  /**
   * Returns the address of the publication: an absolute http or https URL.
   *
   * @return the absolute http or https URL, or empty when not recorded
   */
  public abstract Optional<URI> url();

  /**
   * Returns when it was published.
   *
   * @return the date of publication, or empty when unknown
   */
  public abstract Optional<PartialDate> publishedOn();

  /**
   * Returns when it was retrieved by whoever recorded it.
   *
   * @return the date of retrieval, not definitely before the publication, or empty when unknown
   */
  public abstract Optional<PartialDate> retrievedOn();

  /**
   * Returns the language it is written in.
   *
   * @return the language, or empty when not stated
   */
  public abstract Optional<LanguageTag> language();

  /**
   * Returns words quoted from it verbatim, in its language.
   *
   * @return the quotes, in the order given, none blank; never null, possibly empty
   */
  public abstract List<String> quotes();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    v.id(ID, id());
    v.noNullElements(SOURCES, sources());
    if (title().isEmpty()
        && url().isEmpty()
        && publisher().isEmpty()
        && authorName().isEmpty()
        && author().isEmpty()) {
      v.add(
          TITLE,
          ViolationCode.REQUIRED,
          "a source needs at least a " + TITLE.name() + ", " + URL.name() + ", " + PUBLISHER.name() + ", "
              + AUTHOR_NAME.name() + " or " + AUTHOR.name());
    }
    v.optionalText(PUBLISHER, publisher());
    v.optionalText(AUTHOR_NAME, authorName());
    url().ifPresent(url -> v.httpUrl(URL, url));
    DateOrder.check(v, RETRIEVED_ON, retrievedOn(), PUBLISHED_ON, publishedOn());
    for (int i = 0; i < quotes().size(); i++) {
      v.text(QUOTES.at(i), quotes().get(i));
    }
    v.noNullElements(IDENTIFIERS, identifiers());
    v.distinct(IDENTIFIERS, identifiers());
    v.distinct(SOURCES, sources());
    v.throwIfAny(RecordType.SOURCE.wireName(), id());
  }

  /**
   * Builds a {@link Source}: set its fields one at a time, then call {@code build()}. Get one
   * from {@link Source#builder()}.
   *
   * <p>{@code build()} checks the required fields and every invariant of {@link Source} at
   * once, and throws a {@link io.github.chancery.core.validation.ValidationException} listing
   * every violation; it never returns an invalid source.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread and discard it after {@code
   * build()}.
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}

    /**
     * Sets the address of the publication from its text, as {@code url(URI)} does from a {@link
     * URI}: {@code url("https://news.un.org/en/story/2022/03/1113152")}.
     *
     * @param url an absolute http or https URL; null leaves the source without one
     * @return this builder
     * @throws io.github.chancery.core.validation.ValidationException ({@code invalid-url} at
     *     {@code url}) if the text is not a URL; {@code build()} checks the scheme and host
     */
    public Builder url(String url) {
      if (url == null) {
        return url((URI) null);
      }
      try {
        return url(new URI(url));
      } catch (URISyntaxException e) {
        throw ValidationException.of("url", ViolationCode.INVALID_URL,
            "'" + url + "' is not a valid URL: " + e.getReason());
      }
    }

    /**
     * Builds the source from the fields set so far, checking at once the fields {@link
     * Source#builder()} names as required and every invariant of {@link Source}.
     *
     * @return the source, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no source is built
     */
    @Override
    public Source build() {
      return super.build();
    }
  }
}
