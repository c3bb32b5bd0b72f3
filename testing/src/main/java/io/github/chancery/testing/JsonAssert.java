package io.github.chancery.testing;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on JSON text: that it is the canonical form of a record (the bytes the writer
 * gives), or that it reads as a record. Not thread-safe.
 */
public final class JsonAssert extends AbstractAssert<JsonAssert, String> {
  private static final ChanceryJson JSON = ChanceryJson.strict();

  JsonAssert(String actual) {
    super(actual, JsonAssert.class);
  }

  /**
   * Verifies that the text is the canonical form of the record: what the writer gives for it,
   * so that it reads back as the record and is written again the same.
   *
   * @param expected the record
   * @return this assertion
   */
  public JsonAssert isCanonicalFormOf(ChanceryRecord expected) {
    RecordAssert.requireExpected(expected, "record");
    isNotNull();
    String canonical = JSON.write(expected);
    if (!actual.strip().equals(canonical)) {
      failWithActualExpectedAndMessage(actual.strip(), canonical, "Expected the canonical JSON of %s <%s>%n  %s%nbut was%n  %s",
          expected.recordType().wireName(), expected.id(), canonical, actual.strip());
    }
    return this;
  }

  /**
   * Verifies that the text reads, strictly, as the record.
   *
   * @param expected the record
   * @return this assertion
   */
  public JsonAssert readsAs(ChanceryRecord expected) {
    RecordAssert.requireExpected(expected, "record");
    isNotNull();
    ChanceryRecord read;
    try {
      read = JSON.read(actual);
    } catch (ChanceryJsonException e) {
      failWithMessage("Expected the JSON to read as %s <%s> but it is refused: %s", expected.recordType().wireName(), expected.id(), e.getMessage());
      return this;
    }
    if (!read.equals(expected)) {
      failWithActualExpectedAndMessage(read, expected, "Expected the JSON to read as%n  %s%nbut it reads as%n  %s", expected, read);
    }
    return this;
  }
}
