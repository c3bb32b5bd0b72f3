package io.github.chancery.json.conformance;

import io.github.chancery.json.format.RecordWriter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.record.ChanceryRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class CanonicalOutputTest extends SuiteSupport {
  @Test
  void aRecordBuiltInCodeAndTheSameRecordReadFromJsonGiveTheSameBytes() throws Exception {
    State built =
        State.builder()
            .name(MultilingualText.of(Map.of("sr", "Косово", "en", "Kosovo", "sq", "Kosova")))
            .addSource(io.github.chancery.core.record.Reference.to("src-1"))
            .addOtherName(
                io.github.chancery.core.record.OtherName.builder()
                    .note("indefinite form")
                    .kind(io.github.chancery.core.record.NameKind.ALIAS)
                    .language(io.github.chancery.core.text.LanguageTag.parse("sq"))
                    .name("Kosovë")
                    .build())
            .addOtherName(io.github.chancery.core.record.OtherName.of("sr-Latn", "Kosovo").withKind(io.github.chancery.core.record.NameKind.TRANSLITERATION))
            .countryCode(CountryCode.parse("xk"))
            .id("state-xk")
            .build();

    assertThat(JSON.read(recordFixture("state"))).isEqualTo(built);
    assertThat(JSON.write(built)).isEqualTo(recordFixture("state"));
  }

  @Test
  void languagesAreWrittenInTagOrderWhateverOrderTheyWereGivenIn() {
    Map<String, String> french = new LinkedHashMap<>();
    french.put("fr", "France");
    french.put("en", "France");
    Map<String, String> english = new LinkedHashMap<>();
    english.put("en", "France");
    english.put("fr", "France");

    assertThat(JSON.write(state(french))).isEqualTo(JSON.write(state(english)));
    assertThat(JSON.write(state(french))).contains("{\"en\":\"France\",\"fr\":\"France\"}");
  }

  @Test
  void absentOptionalPropertiesAndEmptyListsAreOmitted() {
    String written = JSON.write(state(Map.of("en", "France")));

    assertThat(written).isEqualTo("{\"type\":\"state\",\"id\":\"state-fr\",\"country_code\":\"FR\",\"name\":{\"en\":\"France\"}}");
  }

  @Test
  void readingAReorderedDocumentWritesItInCanonicalOrder() throws Exception {
    String reordered = "{\"name\":{\"en\":\"France\"},\"country_code\":\"fr\",\"id\":\"state-fr\",\"type\":\"state\"}";

    assertThat(JSON.write(JSON.read(reordered))).isEqualTo(JSON.write(state(Map.of("en", "France"))));
  }

  @Test
  void charactersOutsideTheBasicPlaneComeBackAsTheBytesTheyWereReadAs() throws Exception {
    // A flag emoji and an Old Persian cuneiform sign: each needs two UTF-16 surrogates in Java.
    String document =
        "{\"type\":\"state\",\"id\":\"state-am\",\"country_code\":\"AM\",\"name\":{\"en\":\"Armenia \uD83C\uDDE6\uD83C\uDDF2\",\"peo\":\"\uD800\uDFA0\"}}";
    byte[] utf8 = document.getBytes(StandardCharsets.UTF_8);

    ChanceryRecord read = JSON.read(new java.io.ByteArrayInputStream(utf8), ChanceryRecord.class);

    assertThat(JSON.writeBytes(read)).isEqualTo(utf8);
    assertThat(new String(JSON.writeBytes(read), StandardCharsets.UTF_8)).doesNotContain("\\u");
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    try (RecordWriter writer = JSON.writeNdjson(stream)) {
      writer.write(read);
    }
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(document + "\n");
  }

  private static State state(Map<String, String> names) {
    return State.builder().id("state-fr").countryCode(CountryCode.parse("FR")).name(MultilingualText.of(names)).build();
  }
}
