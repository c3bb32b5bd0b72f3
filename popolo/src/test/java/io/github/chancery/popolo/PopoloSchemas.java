package io.github.chancery.popolo;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Popolo's schemas (JSON Schema draft-03, copied under test resources) checked with a draft-04
 * validator, since no validator here supports draft-03. Each schema is converted as draft-03
 * means it: a property's {@code "required": true} becomes its object's {@code required} list,
 * references between the files ({@code http://www.popoloproject.com/schemas/x.json#}) point to
 * the converted copies, held as {@code definitions}, and the files' own {@code id}s are dropped
 * so that they do not move the resolution scope. {@code format} is dropped too: draft-03 leaves
 * format checking to implementations, and Popolo's {@code date-time} would refuse the plain dates
 * its own examples give. Every other keyword (types with their unions, patterns, items,
 * references) is checked as written. The schemas and exports are read with the validator's own
 * Jackson (3), which is no JSON line of Chancery's, so that the check is the same in every test
 * execution. Test code only.
 */
final class PopoloSchemas {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
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
    JsonNode document = MAPPER.readTree(exportDocument);
    List<String> errors = new ArrayList<>();
    for (String collection : document.propertyNames()) {
      Schema schema = SCHEMAS.computeIfAbsent(schemaOf(collection), PopoloSchemas::load);
      for (int i = 0; i < document.get(collection).size(); i++) {
        String where = "$." + collection + "[" + i + "]";
        for (Error error : schema.validate(document.get(collection).get(i).toString(), InputFormat.JSON)) {
          errors.add(where + ": " + error);
        }
      }
    }
    return errors;
  }

  private static Schema load(String root) {
    ObjectNode combined = convert(read(root));
    combined.put("$schema", "http://json-schema.org/draft-04/schema#");
    ObjectNode definitions = combined.putObject("definitions");
    for (String name : NAMES) {
      definitions.set(name, convert(read(name)));
    }
    return REGISTRY.getSchema(combined.toString(), InputFormat.JSON);
  }

  private static ObjectNode read(String name) {
    try (InputStream in = PopoloSchemas.class.getResourceAsStream("/popolo/schemas/" + name + ".json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One draft-03 schema as draft-04 reads it. */
  static ObjectNode convert(ObjectNode schema) {
    ObjectNode converted = MAPPER.createObjectNode();
    ArrayNode required = MAPPER.createArrayNode();
    schema.properties().forEach(
        entry -> {
          String keyword = entry.getKey();
          JsonNode value = entry.getValue();
          switch (keyword) {
            case "id":
            case "$schema":
            case "format":
            case "required":
              break; // see the class comment
            case "$ref":
              converted.put("$ref", value.asString().startsWith(BASE)
                  ? "#/definitions/" + value.asString().substring(BASE.length()).replace(".json#", "")
                  : value.asString());
              break;
            case "properties":
              ObjectNode properties = converted.putObject("properties");
              value.properties().forEach(
                  property -> {
                    properties.set(property.getKey(), convert((ObjectNode) property.getValue()));
                    if (property.getValue().path("required").asBoolean(false)) {
                      required.add(property.getKey());
                    }
                  });
              break;
            case "items":
              converted.set("items", value.isObject() ? convert((ObjectNode) value) : value);
              break;
            default:
              converted.set(keyword, value);
          }
        });
    if (!required.isEmpty()) {
      converted.set("required", required);
    }
    return converted;
  }

  static String describe(List<String> errors) {
    return errors.stream().collect(Collectors.joining("\n"));
  }
}
