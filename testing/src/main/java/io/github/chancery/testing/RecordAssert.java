package io.github.chancery.testing;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.json.ChanceryJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on any record, in the words of the domain: its id and type, the sources it
 * cites, its identifiers, what it refers to, and its JSON. Failure messages name the record and
 * show what was expected beside what it holds. Not thread-safe, like every AssertJ assertion.
 *
 * @param <SELF> the assertion type, for chaining
 * @param <R> the record type
 */
public abstract class RecordAssert<SELF extends RecordAssert<SELF, R>, R extends ChanceryRecord> extends AbstractAssert<SELF, R> {
  private static final ChanceryJson JSON = ChanceryJson.strict();

  /**
   * Starts assertions on a record.
   *
   * @param actual the record
   * @param self the assertion class
   */
  protected RecordAssert(R actual, Class<?> self) {
    super(actual, self);
  }

  /**
   * Refuses a null expected value at once, as a mistake in the test rather than a failed
   * assertion.
   *
   * @param expected the expected value
   * @param name its parameter's name
   */
  protected static void requireExpected(Object expected, String name) {
    if (expected == null) {
      throw new IllegalArgumentException("the expected " + name + " must not be null");
    }
  }

  /**
   * Returns the record's name in messages: its type and id.
   *
   * @return such as {@code vote <vote-1>}
   */
  protected final String describe() {
    return actual.recordType().wireName() + " <" + actual.id() + ">";
  }

  /**
   * Verifies the record's id.
   *
   * @param expected the id
   * @return this assertion
   */
  public SELF hasId(String expected) {
    requireExpected(expected, "expected");
    isNotNull();
    if (!actual.id().equals(expected)) {
      failWithActualExpectedAndMessage(actual.id(), expected, "Expected %s to have the id <%s>", describe(), expected);
    }
    return myself;
  }

  /**
   * Verifies the record's type.
   *
   * @param expected the type
   * @return this assertion
   */
  public SELF isA(RecordType expected) {
    isNotNull();
    if (actual.recordType() != expected) {
      failWithActualExpectedAndMessage(actual.recordType(), expected, "Expected %s to be a %s", describe(), expected.wireName());
    }
    return myself;
  }

  /**
   * Verifies that the record cites a source.
   *
   * @param sourceId the source's id
   * @return this assertion
   */
  public SELF citesSource(String sourceId) {
    requireExpected(sourceId, "sourceId");
    isNotNull();
    List<String> cited = actual.sources().stream().map(Reference::id).collect(Collectors.toList());
    if (!cited.contains(sourceId)) {
      failWithActualExpectedAndMessage(cited, List.of(sourceId), "Expected %s to cite the source <%s> but it cites %s", describe(), sourceId, cited);
    }
    return myself;
  }

  /**
   * Verifies that another register gives the record an identifier.
   *
   * @param scheme the scheme, such as {@code wikidata}
   * @param value the identifier in that scheme
   * @return this assertion
   */
  public SELF hasIdentifier(String scheme, String value) {
    isNotNull();
    Identifier expected = Identifier.of(scheme, value);
    if (!actual.identifiers().contains(expected)) {
      failWithActualExpectedAndMessage(actual.identifiers(), List.of(expected), "Expected %s to have the identifier %s but it has %s", describe(), expected,
          actual.identifiers());
    }
    return myself;
  }

  /**
   * Verifies that a reference property of the record names a record, such as {@code
   * refersTo("motion_id", "motion-1")}; a list property must hold it among its references.
   *
   * @param property the wire name of the property
   * @param id the id it must name
   * @return this assertion
   */
  public SELF refersTo(String property, String id) {
    requireExpected(property, "property");
    requireExpected(id, "id");
    isNotNull();
    List<String> named = referencesIn(property);
    if (!named.contains(id)) {
      failWithActualExpectedAndMessage(named, List.of(id), "Expected %s to refer to <%s> in %s but it refers to %s", describe(), id, property, named);
    }
    return myself;
  }

  @SuppressWarnings("unchecked")
  private List<String> referencesIn(String name) {
    Shape<R> shape = (Shape<R>) Shapes.of(actual);
    Optional<Property<R, ?>> property = shape.property(name);
    if (property.isEmpty()) {
      failWithMessage("%s has no property <%s>; its properties are %s", describe(), name,
          shape.properties().stream().map(Property::name).collect(Collectors.toList()));
    }
    List<String> ids = new ArrayList<>();
    for (Object value : property.get().values(actual)) {
      if (value instanceof Reference) {
        ids.add(((Reference<?>) value).id());
      }
    }
    return ids;
  }

  /**
   * Verifies that the record's canonical JSON is the given text, byte for byte as the writer
   * gives it, showing both when they differ.
   *
   * @param expected the JSON text
   * @return this assertion
   */
  public SELF isWrittenAs(String expected) {
    requireExpected(expected, "expected");
    isNotNull();
    String written = JSON.write(actual);
    if (!written.equals(expected.strip())) {
      failWithActualExpectedAndMessage(written, expected.strip(), "Expected %s to be written as%n  %s%nbut it is written as%n  %s", describe(),
          expected.strip(), written);
    }
    return myself;
  }
}
