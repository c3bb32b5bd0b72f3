package io.github.chancery.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.limits.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edges of the handed-out mapper's and reader's contract (Jackson 2), found by an adversarial
 * review: limits met while the parser is made, encodings, byte order marks, parts of documents,
 * root wrapping, DataInput, and what stays an application's own (its numbers, its deserializers'
 * refusals).
 */
final class HandedOutMapperEdgesTest extends JsonTestSupport {
  private final ObjectMapper mapper = JSON.mapper();
  private final ObjectReader reader = JSON.reader();

  /** An application's own class. */
  static final class Chamber {
    public int seats;
  }

  /** An application's own type whose deserializer refuses in an older, common style. */
  @JsonDeserialize(using = CurrencyDeserializer.class)
  static final class Currency {
    final String code;

    Currency(String code) {
      this.code = code;
    }
  }

  static final class CurrencyDeserializer extends JsonDeserializer<Currency> {
    @Override
    public Currency deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String code = p.getText();
      if (code.length() != 3) {
        throw new JsonParseException(p, "unknown currency code '" + code + "'");
      }
      return new Currency(code);
    }
  }

  // --- the document length limit ---------------------------------------------------------------

  @Test
  void aDocumentOverTheLengthLimitIsLimitExceededReadFromAStringOrBytes() {
    ObjectMapper small = ChanceryJson.strict(ReadLimits.defaults().withMaxDocumentLength(40)).mapper();
    String vote = recordFixture("vote");

    // From a stream it is: $ limit-exceeded. From a String or byte[] the parser's constructor throws
    // NamedLimits$Exceeded (an internal StreamConstraintsException, no path, no rule) before any
    // overridden method runs.
    assertThat(pathsAndRules(() -> small.readValue(vote, Vote.class))).containsExactly("$ limit-exceeded");
    assertThat(pathsAndRules(() -> small.readValue(vote.getBytes(UTF_8), Vote.class))).containsExactly("$ limit-exceeded");
    assertThat(pathsAndRules(() -> small.readerFor(Vote.class).readValue(vote))).containsExactly("$ limit-exceeded");
  }

  // --- copyWith --------------------------------------------------------------------------------

  @Test
  void copyWithAnotherFactoryIsRefusedAsByAnyJsonMapperInPlainWords() {
    // No JsonMapper can be copied with another factory (Jackson's own refuses it too); the refusal
    // names no internal class and says what to do instead.
    Throwable thrown = catchThrowable(() -> mapper.copyWith(new JsonFactory()));

    assertThat(thrown).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("JsonMapper.builder(factory)");
    assertThat(thrown.getMessage()).doesNotContain("io.github.chancery.json.internal");
    assertThat(catchThrowable(() -> JsonMapper.builder().build().copyWith(new JsonFactory()))).isInstanceOf(IllegalStateException.class);
  }

  // --- what an application's own classes refuse stays Jackson's --------------------------------

  @Test
  void aNumberOutOfRangeForAnApplicationsTypeIsNotCalledMalformedJson() {
    // The text is well-formed JSON; the type refuses it. At the root, or as a map value, it is now
    // "$: the text is not well-formed JSON (line 1, column 15) [malformed-json]"; inside a bean or
    // a list it is Jackson's JsonMappingException, as before the change.
    assertThat(catchThrowable(() -> mapper.readValue("99999999999999", int.class))).isNotInstanceOf(ChanceryJsonException.class);
    assertThat(catchThrowable(() -> mapper.readValue("70000", short.class))).isNotInstanceOf(ChanceryJsonException.class);
    assertThat(catchThrowable(() -> mapper.readValue("{\"a\":99999999999999}", new TypeReference<Map<String, Integer>>() {})))
        .isNotInstanceOf(ChanceryJsonException.class);
  }

  @Test
  void anApplicationsDeserializerThatThrowsJsonParseExceptionKeepsItsOwnMessage() {
    // Its refusal becomes "$: the text is not well-formed JSON (line 1, column 6) [malformed-json]":
    // the application's message is lost and the text is blamed.
    Throwable thrown = catchThrowable(() -> mapper.readValue("\"ABCD\"", Currency.class));

    assertThat(thrown).isNotInstanceOf(ChanceryJsonException.class).hasMessageContaining("unknown currency code 'ABCD'");
  }

  // --- encodings -------------------------------------------------------------------------------

  @Test
  void bytesInNoJsonEncodingAreMalformedJsonAsChanceryJsonReadWordsThem() {
    byte[] ucs4Unusual = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};

    // ChanceryJson.read: "$: the text is not in a JSON encoding (UTF-8, UTF-16 or UTF-32)
    // [malformed-json]". The mapper and reader: java.io.CharConversionException "Unsupported UCS-4
    // endianness (2143) detected", thrown while the parser is made.
    assertThat(pathsAndRules(() -> JSON.read(new ByteArrayInputStream(ucs4Unusual), Vote.class))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> mapper.readValue(ucs4Unusual, Vote.class))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> reader.readValue(new ByteArrayInputStream(ucs4Unusual)))).containsExactly("$ malformed-json");
  }

  @Test
  void aByteOrderMarkAtTheStartOfAStringIsReadAsChanceryJsonReadReadsIt() throws Exception {
    String vote = "\uFEFF" + recordFixture("vote");

    assertThat(JSON.read(vote, Vote.class).id()).isEqualTo("vote-un-ga-1");
    // The mapper: "$: the text is not well-formed JSON (line 1, column 1) [malformed-json]".
    assertThat(mapper.readValue(vote, Vote.class).id()).isEqualTo("vote-un-ga-1");
  }

  // --- at(pointer) -----------------------------------------------------------------------------

  @Test
  void aReaderAtAPointerRefusesContentAfterTheDocument() {
    ObjectReader atX = reader.forType(PartialDate.class).at("/x");

    // Returns 2020: the filtering parser reports the end after the match, so the trailing check
    // never sees "{}" ("x" after the document is caught, as not JSON).
    assertThat(pathsAndRules(() -> atX.readValue("{\"x\":\"2020\"} {}"))).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> reader.forType(PartialDate.class).at("/0").readValue("[\"2020\"] [\"2021\"]")))
        .containsExactly("$ trailing-tokens");
  }

  @Test
  void aReaderAtAPointerNamesThePathWhereTheTextFailed() {
    // The failure is in "y"; the filtered parser's context says "$.x".
    assertThat(pathsAndRules(() -> reader.forType(PartialDate.class).at("/x").readValue("{\"x\":\"2020\",\"y\":}")))
        .containsExactly("$.y malformed-json");
  }

  // --- root wrapping ---------------------------------------------------------------------------

  @Test
  void contentAfterTheValueInsideARootWrapperIsNotJacksonsTokenNames() {
    String wrapped = "{\"vote\":" + recordFixture("vote") + ",\"y\":1}";

    // MismatchedInputException "Unexpected token (FIELD_NAME), expected END_OBJECT: Current token
    // not END_OBJECT (to match wrapper object with root name 'vote'), but FIELD_NAME [Source: REDACTED ...]".
    Throwable thrown = catchThrowable(() -> reader.forType(Vote.class).withRootName("vote").readValue(wrapped));

    assertThat(thrown).isInstanceOf(JsonProcessingException.class);
    assertThat(thrown.getMessage()).doesNotContain("FIELD_NAME").doesNotContain("END_OBJECT").doesNotContain("REDACTED");
  }

  // --- DataInput --------------------------------------------------------------------------------

  @Test
  void aValidDocumentReadFromADataInputIsReadUnderTheLengthLimit() throws Exception {
    DataInput in = new DataInputStream(new ByteArrayInputStream(recordFixture("vote").getBytes(UTF_8)));
    ObjectMapper small = ChanceryJson.strict(ReadLimits.defaults().withMaxDocumentLength(40)).mapper();

    // Jackson 2 cannot count a DataInput's bytes and refused every one under a length limit.
    assertThat(mapper.readValue(in, Vote.class).id()).isEqualTo("vote-un-ga-1");
    assertThat(pathsAndRules(
            () -> small.readValue((DataInput) new DataInputStream(new ByteArrayInputStream(recordFixture("vote").getBytes(UTF_8))), Vote.class)))
        .containsExactly("$ limit-exceeded");
  }

  // --- found by a second review ---------------------------------------------------------------


  @Test
  void formatDetectionWithTheHandedOutReaderStillDetectsJson() throws Exception {
    // Worked at b624208 (plain JsonFactory). ChanceryJsonFactory inherits JsonFactory.hasFormat,
    // which answers only for getClass() == JsonFactory.class: now a JsonParseException "Cannot
    // detect format from input, does not look like any of detectable formats [JSON]".
    ObjectReader votes = reader.forType(Vote.class);
    Vote vote = votes.withFormatDetection(votes).readValue(recordFixture("vote").getBytes(UTF_8));

    assertThat(vote.id()).isEqualTo("vote-un-ga-1");
  }

  @Test
  void aPointerThatMatchesNothingIsNotCalledAnEmptyDocument() {
    // The document is not empty: the pointer matched nothing. Now "$: the document is empty
    // [malformed-json]"; Jackson's own reader says "No content to map due to end-of-input".
    Throwable thrown = catchThrowable(() -> reader.forType(Vote.class).at("/votes/0").readValue("{\"votes\":[]}"));

    assertThat(thrown).isInstanceOf(ChanceryJsonException.class);
    assertThat(thrown.getMessage()).doesNotContain("the document is empty").contains("no value at the reader's pointer");
  }
}
