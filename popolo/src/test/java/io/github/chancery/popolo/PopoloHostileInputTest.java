package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static io.github.chancery.popolo.Refusals.message;
import static io.github.chancery.popolo.Refusals.refusal;

import io.github.chancery.core.vote.Vote;
import io.github.chancery.json.problem.InvalidJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Popolo files as scrapers and partners send them: broken, hostile or wrongly typed. Whatever
 * arrives, {@link Popolo#read} returns an import or throws the JSON line's exception, an {@link InvalidJson}; nothing
 * else escapes, and refusals speak of the file, not of Jackson.
 */
final class PopoloHostileInputTest {
  private static final String[] EXAMPLES = {
    "area.json", "contact_detail.json", "count.json", "embedding-membership.json", "embedding-organization.json", "embedding-person.json",
    "embedding-post.json", "event.json", "membership.json", "metadata.json", "motion.json", "name-component.json", "organization.json",
    "person.json", "post.json", "speech.json", "vote.json", "vote_event.json"
  };
  /** Fragments a mutation splices in: structure, wrong types, and values at and past every limit. */
  private static final String[] FRAGMENTS = {
    "{", "}", "[", "]", "\"", ",", ":", "null", "true", "0", "-1", "1e400", "-0.0", "99999999999999999999", "\"\\ud800\"", "\"\\u0000\"",
    "{}", "[]", "[1]", "{\"id\":null}", "{\"id\":\"\"}", "{\"id\":\" \"}", "\"2021-02-30\"", "\"2021-13-01T25:00:00\"", "\"0000\"",
    "\"vote_events\"", "\"votes\"", "\"counts\"", "\"memberships\"", "\"motion\"", "\"organization\"", "\"voter\"", "\"option\"", "\"value\"",
    "\"start_date\"", "\"end_date\"", "\"lang\"", "\"@type\"", "\"Organization\"", "\"legislative_session\"", "\"parent\"", "\"post\"",
    "{\"voter\":{\"@type\":\"Organization\"},\"option\":\"yes\"}", "{\"vote_event\":{},\"option\":1}", "\"\u200b\"", "\"\ufeff\""
  };

  private static String resource(String name) {
    try (InputStream in = PopoloHostileInputTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  private static PopoloImport read(String json) throws IOException {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static PopoloImport read(byte[] bytes) throws IOException {
    return Popolo.read(new ByteArrayInputStream(bytes));
  }

  /** The input's outcome, or a test failure naming the input when anything but the documented exception escapes. */
  private static void readsOrRefuses(String input) {
    try {
      PopoloImport imported = read(input);
      imported.dossier().check(); // what was imported is a dossier the report can run on
      imported.warnings().forEach(w -> assertThat(w.path()).startsWith("$"));
    } catch (RuntimeException | IOException e) {
      if (!(e instanceof InvalidJson)) {
        fail("%s escaped for input: %s", e, input.length() > 2000 ? input.substring(0, 2000) + "..." : input, e);
      }
      InvalidJson refused = (InvalidJson) e;
      assertThat(message(refused)).doesNotContain("com.fasterxml").doesNotContain("START_OBJECT").doesNotContain("VALUE_STRING")
          .doesNotContain("FIELD_NAME").doesNotContain("[Source:");
      assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("$"));
    } catch (StackOverflowError e) {
      fail("%s escaped for input: %s", e, input.length() > 2000 ? input.substring(0, 2000) + "..." : input, e);
    }
  }

  @Test
  void twentyThousandMutationsOfPopolosExamplesAreEachImportedOrRefusedWithTheDocumentedException() {
    List<String> corpus = new ArrayList<>();
    for (String name : EXAMPLES) {
      corpus.add(resource("/popolo/examples/" + name));
    }
    corpus.add(resource("/popolo/fixtures/division.json"));
    Random random = new Random(20261206L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder input = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
      for (int m = 0; m < 1 + random.nextInt(4); m++) {
        int at = random.nextInt(input.length() + 1);
        switch (random.nextInt(4)) {
          case 0:
            input.delete(at, Math.min(input.length(), at + 1 + random.nextInt(12)));
            break;
          case 1:
            input.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            break;
          case 2:
            int from = random.nextInt(input.length() + 1);
            String slice = input.substring(Math.min(at, from), Math.max(at, from));
            input.insert(random.nextInt(input.length() + 1), slice.length() > 400 ? slice.substring(0, 400) : slice);
            break;
          default:
            input.setLength(at); // truncated
        }
      }
      readsOrRefuses(input.toString());
    }
  }

  @Test
  void refusesADepthBombWithItsPathAndTheLimit() {
    String bomb = "{\"vote_events\":[{\"id\":\"v\",\"votes\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}]}";
    String objects = "{\"persons\":[" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "]}";

    InvalidJson arrays = refusal(() -> read(bomb));
    InvalidJson nested = refusal(() -> read(objects));

    assertThat(arrays.problems()).extracting(p -> p.code().code()).containsExactly("limit-exceeded");
    assertThat(arrays.problems().get(0).path()).startsWith("$.vote_events[0].votes");
    assertThat(nested.problems()).extracting(p -> p.code().code()).containsExactly("limit-exceeded");
  }

  @Test
  void warnsOfAnOutsizedNumberAndAHugeCountInsteadOfFailing() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"counts\":[{\"option\":\"yes\",\"value\":99999999999},"
            + "{\"option\":\"no\",\"value\":-3},{\"option\":\"abstain\",\"value\":2.5}]}]}");

    assertThat(imported.dossier().get("v", Vote.class).orElseThrow().counts()).isEmpty();
    assertThat(imported.warnings()).extracting(PopoloWarning::path)
        .containsExactly("$.vote_events[0].counts[0]", "$.vote_events[0].counts[1]", "$.vote_events[0].counts[2]");
    InvalidJson digits = refusal(() -> read("{\"counts\":[{\"option\":\"yes\",\"value\":" + "9".repeat(10_000) + "}]}"));
    assertThat(digits.problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$.counts[0].value limit-exceeded");
  }

  @Test
  void warnsOfACountTooLargeEvenForALongAndOfAWeightThatIsNotANumberInsteadOfWrappingOrDroppingThem() throws IOException {
    // 2^64 + 1, which a long would wrap round to 1.
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"counts\":[{\"option\":\"yes\",\"value\":18446744073709551617},"
            + "{\"option\":\"no\",\"value\":4}],\"votes\":[{\"voter_id\":\"ann\",\"option\":\"yes\",\"weight\":\"2\"},"
            + "{\"voter_id\":\"bob\",\"option\":\"no\",\"weight\":{\"value\":2}},{\"voter_id\":\"cyd\",\"option\":\"no\",\"weight\":true}]}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(vote.counts()).extracting(c -> c.option().code() + " " + c.value()).containsExactly("no 4");
    assertThat(vote.ballots()).hasSize(3).allSatisfy(b -> assertThat(b.weight()).isEmpty());
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly(
            "$.vote_events[0].counts[0]: the value 18446744073709551617 is out of range (a count holds at most 2147483647): not imported",
            "$.vote_events[0].votes[0].weight: is a string, a number was expected: not kept",
            "$.vote_events[0].votes[1].weight: is an object, a number was expected: not kept",
            "$.vote_events[0].votes[2].weight: is a boolean, a number was expected: not kept");
  }

  @Test
  void refusesDuplicateKeysTrailingGarbageAndBrokenEncodingsWithTheirRule() {
    InvalidJson duplicate = refusal(() -> read("{\"persons\":[{\"id\":\"a\",\"id\":\"b\",\"name\":\"A\"}]}"));
    InvalidJson trailing = refusal(() -> read("{\"persons\":[]} {\"persons\":[]}"));
    InvalidJson utf8 = refusal(() -> read(new byte[] {'{', '"', 'p', (byte) 0xC3, '"', ':', '1', '}'}));

    assertThat(duplicate.problems()).extracting(p -> p.path() + " " + p.code().code()).containsExactly("$.persons[0].id duplicate-key");
    assertThat(refusal(() -> read("{\"persons\":[],\"votes\":[],\"persons\":[]}")).problems())
        .extracting(p -> p.code().code()).containsExactly("duplicate-key");
    assertThat(trailing.problems()).extracting(p -> p.code().code()).containsExactly("trailing-tokens");
    assertThat(utf8.problems()).extracting(p -> p.code().code()).containsExactly("malformed-json");
  }

  @Test
  void readsNullsInEveryPositionWithoutFailing() throws IOException {
    PopoloImport imported =
        read("{\"persons\":[null,{\"id\":null,\"name\":null},{\"id\":\"p\",\"name\":\"P\",\"other_names\":[null,{\"name\":null}],"
            + "\"identifiers\":null,\"memberships\":[null]}],\"vote_events\":[{\"id\":\"v\",\"motion_id\":null,\"counts\":null,"
            + "\"votes\":[{\"voter_id\":null,\"option\":null},null]}],\"votes\":null}");

    assertThat(imported.dossier().get("p")).isPresent();
    assertThat(imported.dossier().get("v")).isPresent();
    assertThat(imported.warnings()).extracting(PopoloWarning::path)
        .contains("$.persons[0]", "$.persons[1]", "$.persons[2].other_names[0]", "$.persons[2].other_names[1]", "$.persons[2].memberships[0]",
            "$.vote_events[0].votes[0]", "$.vote_events[0].votes[1]");
  }
}
