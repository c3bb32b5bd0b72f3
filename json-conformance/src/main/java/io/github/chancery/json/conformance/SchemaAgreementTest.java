package io.github.chancery.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chancery.json.problem.InvalidJson;
import io.github.chancery.json.schema.RecordSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The published schema and the reader must agree: a document the schema rejects must be rejected
 * by the reader too (the reader may reject more, since it also checks rules between properties).
 * The documents are mutations of every record fixture, drawn from a fixed seed so that a failure
 * can be replayed; each mutation changes one value to something that often breaks a rule.
 */
final class SchemaAgreementTest extends SuiteSupport {
  private static final long SEED = 20261128L;
  private static final int MUTATIONS_PER_FIXTURE = 300;

  /** Strings that sit on the edge of some rule: formats, blank and invisible text, codes, URLs. */
  private static final List<String> EDGE_STRINGS =
      List.of(
          "", " ", "\t", "\u00A0", "\u200B", "\uFEFFx", "x\u200B", "a b", "a\nb", "a\u2028b", " padded", "padded ",
          "x\u0000y", "\uD83C\uDDE6\uD83C\uDDF2", "Հայաստան", "2020", "2020-11", "2020-11-10", "2020-13", "2020-02-30",
          "2020-11-10T10:00+03", "2020-11-10T10:00+03:00", "2020-11-10T10:00Z[Asia/Baku]", "2020-11-10T25:00Z",
          "2020-11-10t10:00Z", "20201", "-2020", "+2020-01-01", "am", "AM", "XK", "xx", "ZZ", "ıt", "AMX", "SUHH",
          "en", "en-US", "hy-Latn", "en-", "e", "toolongtag", "https://example.org/a", "http://x", "ftp://x",
          "https://", "https://ex ample.org", "https://пример.рф/", "yes", "no", "abstain", "did not vote", "x".repeat(257));

  @Test
  void everyMutationTheSchemaRejectsTheReaderRejectsToo() throws Exception {
    Random random = new Random(SEED);
    List<String> disagreements = new ArrayList<>();
    int rejectedBySchema = 0;
    int tried = 0;
    for (String type : RECORD_FIXTURES) {
      Object original = JsonTree.parse(recordFixture(type));
      for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
        Object mutated = JsonTree.deepCopy(original);
        String change = mutate(mutated, random);
        String document = JsonTree.write(mutated);
        tried++;
        if (schemaErrors(RecordSchemas.ANY_RECORD, document).isEmpty()) {
          continue;
        }
        rejectedBySchema++;
        Throwable thrown = catchThrowable(() -> JSON.read(document));
        if (!(LINE_EXCEPTION.isInstance(thrown) && thrown instanceof InvalidJson)) {
          disagreements.add(type + ": " + change + " -> " + (thrown == null ? "accepted" : thrown));
        }
      }
    }
    assertThat(disagreements).as("documents the schema rejects and the reader accepts").isEmpty();
    // The mutations must exercise the schema, not only leave documents it accepts.
    assertThat(rejectedBySchema).isGreaterThan(tried / 3);
  }

  /** Changes one value somewhere in the document and says what it did. */
  private static String mutate(Object root, Random random) {
    List<Slot> slots = new ArrayList<>();
    collect(root, "$", slots);
    Slot slot = slots.get(random.nextInt(slots.size()));
    Object replacement;
    switch (random.nextInt(8)) {
      case 0:
      case 1:
      case 2:
        replacement = EDGE_STRINGS.get(random.nextInt(EDGE_STRINGS.size()));
        break;
      case 3:
        long[] numbers = {0, -1, 1, 2_147_483_648L, -2_147_483_649L};
        replacement = new JsonTree.Num(Long.toString(numbers[random.nextInt(numbers.length)]));
        break;
      case 4:
        replacement = random.nextBoolean() ? new JsonTree.Num(new java.math.BigDecimal("1.5").toString()) : Boolean.TRUE;
        break;
      case 5:
        replacement = random.nextBoolean() ? JsonTree.NULL : new LinkedHashMap<String, Object>();
        break;
      case 6:
        if (slot.parent instanceof Map) {
          JsonTree.object(slot.parent).remove(slot.name);
          return "removed " + slot.path;
        }
        replacement = new ArrayList<Object>();
        break;
      default:
        if (slot.parent instanceof Map && random.nextBoolean()) {
          // Renames the property, which for a multilingual text changes a language tag.
          Map<String, Object> parent = JsonTree.object(slot.parent);
          String name = EDGE_STRINGS.get(random.nextInt(EDGE_STRINGS.size()));
          Object value = parent.remove(slot.name);
          parent.put(name, value);
          return "renamed " + slot.path + " to '" + name + "'";
        }
        replacement = new ArrayList<Object>(List.of("x"));
    }
    slot.replace(replacement);
    return "set " + slot.path + " to " + JsonTree.write(replacement);
  }

  private static void collect(Object node, String path, List<Slot> slots) {
    if (node instanceof Map) {
      for (Map.Entry<String, Object> field : JsonTree.object(node).entrySet()) {
        String childPath = path + "." + field.getKey();
        slots.add(new Slot(node, field.getKey(), -1, childPath));
        collect(field.getValue(), childPath, slots);
      }
    } else if (node instanceof List) {
      List<Object> array = JsonTree.array(node);
      for (int i = 0; i < array.size(); i++) {
        String childPath = path + "[" + i + "]";
        slots.add(new Slot(node, null, i, childPath));
        collect(array.get(i), childPath, slots);
      }
    }
  }

  /** A place in the document that holds a value. */
  private static final class Slot {
    final Object parent;
    final String name;
    final int index;
    final String path;

    Slot(Object parent, String name, int index, String path) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.path = path;
    }

    void replace(Object value) {
      if (parent instanceof Map) {
        JsonTree.object(parent).put(name, value);
      } else {
        JsonTree.array(parent).set(index, value);
      }
    }
  }
}
