package io.github.chancery.popolo;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Popolo's schemas (JSON Schema draft-03, copied under test resources) checked with a draft-04
 * validator, since no validator here supports draft-03. Each schema is converted as draft-03
 * means it: a property's {@code "required": true} becomes its object's {@code required} list,
 * references between the files ({@code http://www.popoloproject.com/schemas/x.json#}) point to
 * the converted copies, held as {@code definitions}, and the files' own {@code id}s are dropped
 * so that they do not move the resolution scope. {@code format} is dropped too: draft-03 leaves
 * format checking to implementations, and Popolo's {@code date-time} would refuse the plain dates
 * its own examples give. Every other keyword (types with their unions, patterns, items,
 * references) is checked as written. The schemas and exports are read into {@link JsonTree}s
 * ({@link TestJson}, with the parser of the execution's JSON line) and handed to the validator as
 * their text, which it reads with its own Jackson: the tests import no Jackson, and the check is
 * the same in every test execution. Test code only.
 */
final class PopoloSchemas {
  private static final String BASE = "http://www.popoloproject.com/schemas/";
  private static final List<String> NAMES =
      List.of("area", "contact_detail", "count", "event", "group_result", "identifier", "link", "membership", "motion",
          "organization", "other_name", "person", "post", "speech", "vote", "vote_event");
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private PopoloSchemas() {}

  /** The schema of each collection of an export document. */
  static String schemaOf(String collection) {
    switch (collection) {
      case "persons":
        return "person";
      case "organizations":
        return "organization";
      case "memberships":
        return "membership";
      case "events":
        return "event";
      case "motions":
        return "motion";
      case "vote_events":
        return "vote_event";
      default:
        throw new IllegalArgumentException("no schema for " + collection);
    }
  }

  /** Every complaint of the schemas about an export document, each as {@code $.persons[0]: message}. */
  static List<String> errors(String exportDocument) throws IOException {
    JsonTree document = TestJson.parse(exportDocument);
    List<String> errors = new ArrayList<>();
    for (String collection : document.names()) {
      Schema schema = SCHEMAS.computeIfAbsent(schemaOf(collection), PopoloSchemas::load);
      if (!document.get(collection).isArray()) {
        throw new IllegalArgumentException("an export's " + collection + " are an array, not " + document.get(collection));
      }
      List<JsonTree> objects = document.get(collection).elements();
      for (int i = 0; i < objects.size(); i++) {
        String where = "$." + collection + "[" + i + "]";
        for (Error error : schema.validate(objects.get(i).toString(), InputFormat.JSON)) {
          errors.add(where + ": " + error);
        }
      }
    }
    return errors;
  }

  private static Schema load(String root) {
    return REGISTRY.getSchema(combined(root).toString(), InputFormat.JSON);
  }

  /** The converted schema of one root, with every schema it may refer to as its definitions. */
  private static JsonTree combined(String root) {
    Map<String, JsonTree> definitions = new LinkedHashMap<>();
    for (String name : NAMES) {
      definitions.put(name, convert(read(name)));
    }
    return convert(read(root))
        .with("$schema", JsonTree.string("http://json-schema.org/draft-04/schema#"))
        .with("definitions", JsonTree.objectOf(definitions));
  }

  private static JsonTree read(String name) {
    try (InputStream in = PopoloSchemas.class.getResourceAsStream("/popolo/schemas/" + name + ".json")) {
      return TestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One draft-03 schema as draft-04 reads it. */
  static JsonTree convert(JsonTree schema) {
    if (!schema.isObject()) {
      throw new IllegalArgumentException("a schema is an object, not " + schema);
    }
    Map<String, JsonTree> converted = new LinkedHashMap<>();
    List<JsonTree> required = new ArrayList<>();
    for (String keyword : schema.names()) {
      JsonTree value = schema.get(keyword);
      switch (keyword) {
        case "id":
        case "$schema":
        case "format":
        case "required":
          break; // see the class comment
        case "$ref":
          converted.put("$ref", JsonTree.string(value.text().startsWith(BASE)
              ? "#/definitions/" + value.text().substring(BASE.length()).replace(".json#", "")
              : value.text()));
          break;
        case "properties":
          Map<String, JsonTree> properties = new LinkedHashMap<>();
          for (String property : value.names()) {
            JsonTree declared = value.get(property);
            properties.put(property, convert(declared));
            if (isTrue(declared.get("required"))) {
              required.add(JsonTree.string(property));
            }
          }
          converted.put("properties", JsonTree.objectOf(properties));
          break;
        case "items":
          converted.put("items", value.isObject() ? convert(value) : value);
          break;
        default:
          converted.put(keyword, value);
      }
    }
    if (!required.isEmpty()) {
      converted.put("required", JsonTree.arrayOf(required));
    }
    return JsonTree.objectOf(converted);
  }

  /** Whether draft-03's {@code required} says so: the boolean {@code true} (absent is false). */
  private static boolean isTrue(JsonTree required) {
    return required != null && required.type() == JsonTree.Type.BOOLEAN && required.text().equals("true");
  }

  static String describe(List<String> errors) {
    return errors.stream().collect(Collectors.joining("\n"));
  }
}
