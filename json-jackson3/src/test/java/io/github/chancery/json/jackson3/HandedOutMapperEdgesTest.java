package io.github.chancery.json.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.limits.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Map;
import java.io.DataInput;
import java.io.DataInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edges of the handed-out mapper's and its readers' contract (Jackson 3), found by an
 * adversarial review: limits met while the parser is made, encodings, byte order marks, failing
 * streams, parts of documents, and what stays an application's own (its numbers, its
 * deserializers' refusals).
 */
final class HandedOutMapperEdgesTest extends Jackson3TestSupport {
  private final JsonMapper mapper = JSON.mapper();
  private final ObjectReader reader = mapper.readerFor(ChanceryRecord.class);

  /** An application's own class. */
  static final class Chamber {
    public int seats;
  }

  /** An application's own type whose deserializer refuses with a StreamReadException. */
  @JsonDeserialize(using = CurrencyDeserializer.class)
  static final class Currency {
    final String code;

    Currency(String code) {
      this.code = code;
    }
  }

  static final class CurrencyDeserializer extends ValueDeserializer<Currency> {
    @Override
    public Currency deserialize(JsonParser p, DeserializationContext ctxt) {
      String code = p.getString();
      if (code.length() != 3) {
        throw new StreamReadException(p, "unknown currency code '" + code + "'");
      }
      return new Currency(code);
    }
  }

  @Test
  void aDocumentOverTheLengthLimitIsLimitExceededReadFromAStringOrBytes() {
    JsonMapper small = ChanceryJson.strict(ReadLimits.defaults().withMaxDocumentLength(40)).mapper();
    String vote = fixture("records/vote.json");

    // From a stream: $ limit-exceeded. From a String or byte[]: NamedLimits$Exceeded (internal type,
    // no path, no rule), thrown while the parser is made.
    assertThat(pathsAndRules(() -> small.readValue(vote, Vote.class))).containsExactly("$ limit-exceeded");
    assertThat(pathsAndRules(() -> small.readValue(vote.getBytes(UTF_8), Vote.class))).containsExactly("$ limit-exceeded");
  }

  @Test
  void aNumberOutOfRangeForAnApplicationsOwnFieldStaysJacksons() {
    // "$.seats: the text is not well-formed JSON (line 1, column 24) [malformed-json]": the text is
    // JSON, the application's int field refuses it. The Jackson 2 artifact gives Jackson's
    // JsonMappingException for the same input, as the contract says.
    Throwable thrown = catchThrowable(() -> mapper.readValue("{\"seats\":99999999999999}", Chamber.class));

    assertThat(thrown).isNotInstanceOf(ChanceryJsonException.class);
    assertThat(catchThrowable(() -> mapper.readValue("[99999999999999]", int[].class))).isNotInstanceOf(ChanceryJsonException.class);
    assertThat(catchThrowable(() -> mapper.readValue("99999999999999", int.class))).isNotInstanceOf(ChanceryJsonException.class);
    assertThat(catchThrowable(() -> mapper.readValue("{\"a\":99999999999999}", new TypeReference<Map<String, Integer>>() {})))
        .isNotInstanceOf(ChanceryJsonException.class);
  }

  @Test
  void anApplicationsDeserializerThatThrowsStreamReadExceptionKeepsItsOwnMessage() {
    Throwable thrown = catchThrowable(() -> mapper.readValue("\"ABCD\"", Currency.class));

    assertThat(thrown).isNotInstanceOf(ChanceryJsonException.class).hasMessageContaining("unknown currency code 'ABCD'");
  }

  @Test
  void bytesInNoJsonEncodingAreMalformedJsonAsTheJackson2ArtifactWordsThem() {
    byte[] ucs4Unusual = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};

    // The mapper: tools.jackson.core.exc.JacksonIOException "Unsupported UCS-4 endianness (2143)
    // detected". (ChanceryJson.read in this artifact says "unreadable: the input failed", the
    // Jackson 2 artifact "malformed-json: the text is not in a JSON encoding".)
    assertThat(pathsAndRules(() -> mapper.readValue(ucs4Unusual, Vote.class))).containsExactly("$ malformed-json");
    assertThat(pathsAndRules(() -> JSON.read(ucs4Unusual, Vote.class))).containsExactly("$ malformed-json");
  }

  @Test
  void aReaderAtAPointerRefusesContentAfterTheDocument() {
    ObjectReader atX = mapper.readerFor(PartialDate.class).at("/x");

    assertThat(pathsAndRules(() -> atX.readValue("{\"x\":\"2020\"} {}"))).containsExactly("$ trailing-tokens");
  }

  @Test
  void aReaderAtAPointerNamesThePathWhereTheTextFailed() {
    assertThat(pathsAndRules(() -> mapper.readerFor(PartialDate.class).at("/x").readValue("{\"x\":\"2020\",\"y\":}")))
        .containsExactly("$.y malformed-json");
  }

  @Test
  void aStreamThatFailsIsReportedAlikeWhereverItFails() {
    // Failing at the first read: tools.jackson.core.exc.JacksonIOException "disk gone at [No location
    // information]"; failing after a few bytes: ChanceryJsonException "$.type ... [unreadable]".
    // (The Jackson 2 artifact: java.io.IOException both times.)
    Throwable atOnce = catchThrowable(() -> mapper.readValue(failing(""), Vote.class));
    Throwable later = catchThrowable(() -> mapper.readValue(failing("{\"type\":\"vo"), Vote.class));

    assertThat(atOnce.getClass()).isEqualTo(later.getClass());
  }

  @Test
  void aByteOrderMarkAtTheStartOfAStringIsReadAsChanceryJsonReadReadsIt() {
    String vote = "\uFEFF" + fixture("records/vote.json");

    assertThat(JSON.read(vote, Vote.class).id()).isEqualTo("vote-un-ga-1");
    assertThat(mapper.readValue(vote, Vote.class).id()).isEqualTo("vote-un-ga-1");
  }

  private static InputStream failing(String first) {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };
    return new SequenceInputStream(new ByteArrayInputStream(first.getBytes(UTF_8)), broken);
  }

  // --- found by a second review ---------------------------------------------------------------

  private final String vote = fixture("records/vote.json");

  /** A broken stream: read(byte[], int, int) returns 0 for ever. Its bytes are not the problem. */
  static final class ZeroStream extends InputStream {
    @Override
    public int read() {
      return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return 0;
    }
  }

  private static DataInput dataInput(String text) {
    return new DataInputStream(new ByteArrayInputStream(text.getBytes(UTF_8)));
  }

  @Test
  void aStreamThatReturnsNoBytesIsUnreadableNotBytesInNoEncoding() {
    // raisedByJackson takes Jackson's own IOException("InputStream.read() returned 0 characters ...")
    // (ParserMinimalBase._reportBadInputStream) for an encoding failure. ChanceryJson.read said
    // "$: the document could not be read: the input failed [unreadable]" at b624208; now both it
    // and the mapper say "$: the text is not in a JSON encoding (UTF-8, UTF-16 or UTF-32) [malformed-json]".
    assertThat(pathsAndRules(() -> JSON.read(new ZeroStream(), Vote.class))).containsExactly("$ unreadable");
    assertThat(pathsAndRules(() -> mapper.readValue(new ZeroStream(), Vote.class))).containsExactly("$ unreadable");
  }

  @Test
  void contentAfterTheValueInADataInputIsTrailingTokensAsInJackson2() {
    // Jackson 2 (read as a stream): "$ trailing-tokens". Jackson 3 (its DataInput parser meets the
    // end inside the number 5): "$: the document could not be read: the input failed [unreadable]".
    assertThat(pathsAndRules(() -> mapper.readValue(dataInput(vote + " 5"), Vote.class))).containsExactly("$ trailing-tokens");
    assertThat(pathsAndRules(() -> mapper.readValue(dataInput("{} 5"), Map.class))).containsExactly("$ trailing-tokens");
  }

  @Test
  void anEmptyDataInputIsAnEmptyDocumentAsInJackson2() {
    // Jackson 2: "$: the document is empty [malformed-json]". Jackson 3: the factory meets the end
    // while looking for a byte order mark: "$ unreadable", "the input failed".
    assertThat(pathsAndRules(() -> mapper.readValue(dataInput(""), Vote.class))).containsExactly("$ malformed-json");
  }

  @Test
  void aDataInputIsReadAsAStreamAsDocumented() {
    // docs/json.md: "A DataInput is read as a stream". In Jackson 2 it is, and UTF-16 is read; in
    // Jackson 3 it is not: "$: the text is not well-formed JSON (line 1, column -1) [malformed-json]",
    // and a bare number, a complete document, is "unreadable".
    byte[] utf16 = vote.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
    assertThat(catchThrowable(() -> mapper.readValue((DataInput) new DataInputStream(new ByteArrayInputStream(utf16)), Vote.class))).isNull();
    assertThat(catchThrowable(() -> mapper.readValue(dataInput("5"), Integer.class))).isNull();
  }

  @Test
  void aPointerThatMatchesNothingIsNotCalledAnEmptyDocument() {
    // As in Jackson 2: "$: the document is empty [malformed-json]" for a document that is not empty.
    Throwable thrown = catchThrowable(() -> mapper.readerFor(Vote.class).at("/votes/0").readValue("{\"votes\":[]}"));

    assertThat(thrown).isInstanceOf(ChanceryJsonException.class);
    assertThat(thrown.getMessage()).doesNotContain("the document is empty").contains("no value at the reader's pointer");
  }
}
