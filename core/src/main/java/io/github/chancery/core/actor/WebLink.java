package io.github.chancery.core.actor;

import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.core.wire.WireValue;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A web page about a person, with a note saying what it is: a page on the parliament's site, a
 * Wikipedia article, a social media account. Popolo's {@code links}; a page a record is drawn
 * from is a {@link io.github.chancery.core.source.Source} instead.
 *
 * <p>Required: {@code url}. Invariants, checked when it is made: the URL is an absolute http or
 * https address, and the note is not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WebLink implements WithWebLink, WireValue {
  WebLink() {}

  private static final Shape.Declaration<WebLink, WebLink.Builder> DECLARATION =
      Shape.ofPart("link", WebLink.class, WebLink::builder, WebLink.Builder::build);

  /** {@code url}, required: the page's address. */
  public static final Property<WebLink, URI> URL = DECLARATION.required("url", ValueType.URL, WebLink::url, WebLink.Builder::url);

  /** {@code note}, optional: what the page is, such as {@code Wikipedia} or {@code twitter}. */
  public static final Property<WebLink, String> NOTE =
      DECLARATION.optional("note", ValueType.TEXT, WebLink::note, WebLink.Builder::note);

  private static final Shape<WebLink> SHAPE = DECLARATION.build();

  /**
   * Returns the shape of this part: its properties in wire order, read by validation, dossiers and
   * JSON.
   *
   * @return the shape of links, the same instance on every call
   */
  public static Shape<WebLink> shape() {
    return SHAPE;
  }

  /**
   * Returns a link to a page, without a note.
   *
   * @param url the page's address, absolute http or https
   * @return the link
   * @throws io.github.chancery.core.validation.ValidationException ({@code invalid-url}) if the
   *     address is not an absolute http or https URL
   * @throws IllegalArgumentException if the text is not a URI at all
   */
  public static WebLink of(String url) {
    Objects.requireNonNull(url, "url");
    return builder().url(URI.create(url)).build();
  }

  /**
   * Returns a builder; {@code url} is required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the page's address.
   *
   * @return an absolute http or https URL; never null
   */
  public abstract URI url();

  /**
   * Returns what the page is, when the publisher says.
   *
   * @return the note, not blank, or empty when there is none
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Violations v = Violations.collect();
    if (v.required(URL, url())) {
      v.httpUrl(URL, url());
    }
    v.optionalText(NOTE, note());
    v.throwIfAny(null, null);
  }

  /** Returns the address, with its note when there is one: {@code https://... (Wikipedia)}. */
  @Override
  public String toString() {
    return url() + note().map(n -> " (" + n + ")").orElse("");
  }

  /**
   * Builds a {@link WebLink}: set its fields one at a time, then call {@code build()}. Get one from
   * {@link WebLink#builder()}.
   *
   * <p>{@code build()} checks the required URL and every invariant of {@link WebLink} at once,
   * and throws a {@link io.github.chancery.core.validation.ValidationException} listing every
   * violation; it never returns an invalid link.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder extends ImmutableWebLink.Builder {
    Builder() {}

    /**
     * Builds the link from the fields set so far, checking at once the fields {@link
     * WebLink#builder()} names as required and every invariant of {@link WebLink}.
     *
     * @return the link, immutable and valid
     * @throws io.github.chancery.core.validation.ValidationException listing every missing or
     *     invalid field, by its wire name and the rule it breaks; no link is built
     */
    @Override
    public WebLink build() {
      return super.build();
    }
  }
}
