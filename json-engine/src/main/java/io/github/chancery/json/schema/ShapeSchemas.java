package io.github.chancery.json.schema;

import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.IdentifierScheme;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** The JSON Schema (draft 2020-12) of each shape and value type, as the reader reads them. */
final class ShapeSchemas {
  /** The property that names a record's type. */
  private static final String TYPE = "type";

  /**
   * The characters of the Basic Multilingual Plane the core counts as spacing (whitespace,
   * Unicode spaces, invisible format characters), as the ranges of a regular expression class.
   */
  private static final String SPACING = characterClass(Violations::isSpacing);

  /** Control characters and the Unicode line and paragraph separators. */
  private static final String CONTROL =
      characterClass(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');

  private static final String LANGUAGE_TAG = "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$";

  private ShapeSchemas() {}

  /** Returns a reference to the schema of a record type, adding its definition. */
  static SchemaNode record(Shape<?> shape, SchemaContext schemas) {
    return schemas.reference(
        shape.name(), () -> object(shape, schemas, Map.of(TYPE, SchemaContext.node().put("const", shape.name()))));
  }

  private static SchemaNode object(Shape<?> shape, SchemaContext schemas, Map<String, SchemaNode> extra) {
    SchemaNode schema = SchemaContext.node().put("type", "object");
    SchemaNode properties = schema.putObject("properties");
    extra.forEach(properties::put);
    SchemaNode required = SchemaNode.array();
    extra.keySet().forEach(required::add);
    for (Property<?, ?> property : shape.properties()) {
      properties.put(property.name(), property(property, schemas));
      if (property.cardinality() == Cardinality.REQUIRED || property.cardinality() == Cardinality.NON_EMPTY_LIST) {
        required.add(property.name());
      }
    }
    schema.put("required", required);
    if (!shape.atLeastOneOf().isEmpty()) {
      SchemaNode alternatives = schema.putArray(shape.atLeastOneOf().size() == 1 ? "anyOf" : "allOf");
      for (List<String> group : shape.atLeastOneOf()) {
        SchemaNode options = shape.atLeastOneOf().size() == 1 ? alternatives : alternatives.addObject().putArray("anyOf");
        // Present and not null: the reader takes a null as absent.
        group.forEach(
            name -> {
              SchemaNode option = options.addObject();
              option.putArray("required").add(name);
              option.putObject("properties").putObject(name).putObject("not").put("type", "null");
            });
      }
    }
    schema.put("additionalProperties", false);
    if (shape.type() == Identifier.class) {
      schemeFormats(schema);
    }
    return schema;
  }

  /** An identifier of a known scheme follows the scheme's format, as the core checks. */
  private static void schemeFormats(SchemaNode schema) {
    SchemaNode all = schema.putArray("allOf");
    for (IdentifierScheme scheme : IdentifierScheme.knownValues()) {
      SchemaNode rule = all.addObject();
      rule.putObject("if").putObject("properties").putObject("scheme").put("const", scheme.code());
      rule.putObject("then").putObject("properties").putObject("value").put("pattern", "^(" + scheme.pattern().orElseThrow() + ")$");
    }
  }

  private static SchemaNode property(Property<?, ?> property, SchemaContext schemas) {
    SchemaNode single = value(property.type(), schemas);
    switch (property.cardinality()) {
      case REQUIRED:
        return single;
      case OPTIONAL:
        return orNull(single);
      default:
        SchemaNode array = SchemaContext.node().put("type", "array");
        array.put("items", single);
        if (property.cardinality() == Cardinality.NON_EMPTY_LIST) {
          array.put("minItems", 1);
          return array;
        }
        return orNull(array);
    }
  }

  /** The reader takes null for an optional property or list as absent; the schema says so. */
  private static SchemaNode orNull(SchemaNode schema) {
    SchemaNode either = SchemaContext.node();
    either.putArray("anyOf").add(schema).add(SchemaContext.node().put("type", "null"));
    return either;
  }

  /** Returns the schema of one value of a type. */
  static SchemaNode value(ValueType<?> type, SchemaContext schemas) {
    switch (type.kind()) {
      case TEXT:
        return string().put("minLength", 1).put("pattern", "[^" + SPACING + "]");
      case ID:
      case REFERENCE:
        return string().put("pattern", "^[^" + SPACING + CONTROL + "]{1," + Violations.MAX_ID_LENGTH + "}$");
      case INTEGER:
        return SchemaContext.node().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
      case COUNT:
        return SchemaContext.node().put("type", "integer").put("minimum", 0).put("maximum", Integer.MAX_VALUE);
      case DECIMAL:
        return SchemaContext.node().put("type", "number").put("exclusiveMinimum", 0);
      case DATE:
        return string()
            .put(
                "pattern",
                "^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
                    + "(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?(\\[[^\\]]+\\])?)?)?)?$");
      case LANGUAGE_TAG:
        return string().put("pattern", LANGUAGE_TAG);
      case COUNTRY_CODE:
        return string().put("pattern", "^([A-Za-z]{2}|[A-Za-z]{4})$");
      case URL:
        return string().put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+");
      case MULTILINGUAL_TEXT:
        return schemas.reference(
            "multilingual_text",
            () -> {
              SchemaNode schema = SchemaContext.node().put("type", "object").put("minProperties", 1);
              schema.putObject("propertyNames").put("pattern", LANGUAGE_TAG);
              schema.put("additionalProperties", value(ValueType.TEXT, schemas));
              return schema;
            });
      case CODE:
        return code(type);
      default:
        return schemas.reference(type.part().name(), () -> object(type.part(), schemas, Map.of()));
    }
  }

  private static SchemaNode string() {
    return SchemaContext.node().put("type", "string");
  }

  private static SchemaNode code(ValueType<?> type) {
    SchemaNode schema =
        string()
            .put("minLength", 1)
            .put("maxLength", OpenCode.MAX_LENGTH)
            .put("pattern", "^[^" + SPACING + CONTROL + "]([^" + CONTROL + "]*[^" + SPACING + CONTROL + "])?$");
    schema.put(
        "description",
        "An open code list (" + type.listName() + "): known values are "
            + type.knownCodes().stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
            + "; any other code is kept verbatim.");
    SchemaNode examples = schema.putArray("examples");
    type.knownCodes().forEach(c -> examples.add(c.toString()));
    return schema;
  }

  /**
   * Writes the characters of the Basic Multilingual Plane that match as {@code \\uXXXX} ranges,
   * which ECMA-262 and Java regular expressions read alike, so that the schema says what the
   * reader checks. Characters outside that plane are left to the reader.
   */
  static String characterClass(IntPredicate matches) {
    StringBuilder ranges = new StringBuilder();
    int c = 0;
    while (c <= 0xFFFF) {
      if (!matches.test(c) || Character.isSurrogate((char) c)) {
        c++;
        continue;
      }
      int start = c;
      while (c + 1 <= 0xFFFF && matches.test(c + 1) && !Character.isSurrogate((char) (c + 1))) {
        c++;
      }
      ranges.append(String.format("\\u%04X", start));
      if (c > start) {
        ranges.append(String.format("-\\u%04X", c));
      }
      c++;
    }
    return ranges.toString();
  }
}
