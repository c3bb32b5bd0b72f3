package io.github.chancery.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.code.OpenCode;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violations;
import io.github.chancery.json.JsonRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The codecs of scalar values and of the core's value types. */
public final class Codecs {
  private Codecs() {}

  /** A text; strict: only a JSON string is accepted. */
  public static final ValueCodec<String> STRING =
      new ValueCodec<>() {
        @Override
        public void write(JsonGenerator out, String value) throws IOException {
          out.writeString(value);
        }

        @Override
        public String read(JsonNode node, String path, ReadContext context) {
          return text(node, path, context, "a string");
        }

        @Override
        public ObjectNode schema(SchemaContext schemas) {
          return SchemaContext.node().put("type", "string").put("minLength", 1).put("pattern", "[^" + SPACING + "]");
        }
      };

  /** An integer in the range of a Java int; a fraction or a quoted number is refused. */
  public static final ValueCodec<Integer> INT =
      new ValueCodec<>() {
        @Override
        public void write(JsonGenerator out, Integer value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public Integer read(JsonNode node, String path, ReadContext context) {
          if (!node.isIntegralNumber()) {
            context.problem(path, JsonRule.WRONG_TYPE, "expected an integer, found " + describe(node));
            return null;
          }
          if (!node.canConvertToInt()) {
            context.problem(path, JsonRule.WRONG_TYPE, "integer " + node.asText() + " is out of range");
            return null;
          }
          return node.intValue();
        }

        @Override
        public ObjectNode schema(SchemaContext schemas) {
          return SchemaContext.node()
              .put("type", "integer")
              .put("minimum", Integer.MIN_VALUE)
              .put("maximum", Integer.MAX_VALUE);
        }
      };

  /** A count: an integer; the schema says zero or more, the core reports a negative one. */
  public static final ValueCodec<Integer> COUNT =
      new ValueCodec<>() {
        @Override
        public void write(JsonGenerator out, Integer value) throws IOException {
          INT.write(out, value);
        }

        @Override
        public Integer read(JsonNode node, String path, ReadContext context) {
          return INT.read(node, path, context);
        }

        @Override
        public ObjectNode schema(SchemaContext schemas) {
          return INT.schema(schemas).put("minimum", 0);
        }
      };

  /** A decimal number, kept exactly as written; the schema says above zero, as for a weight. */
  public static final ValueCodec<BigDecimal> DECIMAL =
      new ValueCodec<>() {
        @Override
        public void write(JsonGenerator out, BigDecimal value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public BigDecimal read(JsonNode node, String path, ReadContext context) {
          if (!node.isNumber()) {
            context.problem(path, JsonRule.WRONG_TYPE, "expected a number, found " + describe(node));
            return null;
          }
          BigDecimal value = node.decimalValue();
          double approximate = value.doubleValue();
          if (Double.isInfinite(approximate) || (approximate == 0 && value.signum() != 0)) {
            // Kept exactly, but most readers of JSON (and JSON Schema validators) read numbers as
            // doubles, which this one would overflow or underflow.
            context.problem(path, JsonRule.WRONG_TYPE, "the number " + node.asText() + " is out of range");
            return null;
          }
          return value;
        }

        @Override
        public ObjectNode schema(SchemaContext schemas) {
          return SchemaContext.node().put("type", "number").put("exclusiveMinimum", 0);
        }
      };

  /** A record id: a string of 1 to 256 characters without whitespace. */
  public static final ValueCodec<String> ID =
      parsed(
          Function.identity(),
          Function.identity(),
          () -> SchemaContext.node().put("type", "string").put("pattern", idPattern()));

  /** A reduced ISO 8601 date, or an instant with offset and optional zone. */
  public static final ValueCodec<PartialDate> PARTIAL_DATE =
      parsed(
          PartialDate::parse,
          PartialDate::toString,
          () ->
              SchemaContext.node()
                  .put("type", "string")
                  .put(
                      "pattern",
                      "^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
                          + "(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\\[[^\\]]+\\])?)?)?)?$"));

  /** A BCP 47 language tag. */
  public static final ValueCodec<LanguageTag> LANGUAGE_TAG =
      parsed(
          LanguageTag::parse,
          LanguageTag::toString,
          () -> SchemaContext.node().put("type", "string").put("pattern", "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"));

  /** A country code, written in upper case. */
  public static final ValueCodec<CountryCode> COUNTRY_CODE =
      parsed(
          CountryCode::parse,
          CountryCode::toString,
          () -> SchemaContext.node().put("type", "string").put("pattern", "^([A-Za-z]{2}|[A-Za-z]{4})$"));

  /** An absolute http or https URL. */
  public static final ValueCodec<URI> URL =
      new ValueCodec<>() {
        @Override
        public void write(JsonGenerator out, URI value) throws IOException {
          out.writeString(value.toString());
        }

        @Override
        public URI read(JsonNode node, String path, ReadContext context) {
          String text = text(node, path, context, "a URL string");
          if (text == null) {
            return null;
          }
          try {
            return new URI(text);
          } catch (URISyntaxException e) {
            context.problem(path, "invalid-url", "'" + text + "' is not a valid URL: " + e.getReason());
            return null;
          }
        }

        @Override
        public ObjectNode schema(SchemaContext schemas) {
          return SchemaContext.node().put("type", "string").put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+");
        }
      };

  /** A text in several languages: an object of BCP 47 tag to text. */
  public static final ValueCodec<MultilingualText> MULTILINGUAL_TEXT =
      new ValueCodec<>() {
        @Override
        public void write(JsonGenerator out, MultilingualText value) throws IOException {
          out.writeStartObject();
          for (Map.Entry<LanguageTag, String> entry : value.asMap().entrySet()) {
            out.writeStringField(entry.getKey().toString(), entry.getValue());
          }
          out.writeEndObject();
        }

        @Override
        public MultilingualText read(JsonNode node, String path, ReadContext context) {
          if (!node.isObject()) {
            context.problem(
                path, JsonRule.WRONG_TYPE, "expected an object of language tag to text, found " + describe(node));
            return null;
          }
          int before = context.problemCount();
          Map<String, String> texts = new LinkedHashMap<>();
          for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            // Keys are language tags, always in bracket notation, as the core reports them.
            String key = entry.getKey().replace("\\", "\\\\").replace("'", "\\'");
            String text = text(entry.getValue(), path + "['" + key + "']", context, "a string");
            if (text != null) {
              texts.put(entry.getKey(), text);
            }
          }
          return context.build(path, before, () -> MultilingualText.of(texts));
        }

        @Override
        public ObjectNode schema(SchemaContext schemas) {
          return schemas.reference(
              "multilingual_text",
              () -> {
                ObjectNode schema = SchemaContext.node().put("type", "object").put("minProperties", 1);
                schema.putObject("propertyNames").put("pattern", "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$");
                schema.set("additionalProperties", STRING.schema(schemas));
                return schema;
              });
        }
      };

  /** A reference: the id of the record referred to. */
  @SuppressWarnings("unchecked")
  public static <R extends Reference<?>> ValueCodec<R> reference() {
    return (ValueCodec<R>) REFERENCE;
  }

  private static final ValueCodec<Reference<?>> REFERENCE =
      parsed(
          Reference::to,
          Reference::id,
          () -> SchemaContext.node().put("type", "string").put("pattern", idPattern()));

  /**
   * A value of an open code list, written as its code.
   *
   * @param factory the list's {@code of} method
   * @param listName the name of the list in the schema's definitions
   * @param known the known values, listed in the schema's description
   */
  public static <C extends OpenCode> ValueCodec<C> code(
      Function<String, C> factory, String listName, java.util.List<C> known) {
    return parsed(
        factory,
        OpenCode::code,
        () -> {
          ObjectNode schema =
              SchemaContext.node()
                  .put("type", "string")
                  .put("minLength", 1)
                  .put("maxLength", OpenCode.MAX_LENGTH)
                  .put("pattern", "^[^" + SPACING + CONTROL + "]([^" + CONTROL + "]*[^" + SPACING + CONTROL + "])?$");
          schema.put(
              "description",
              "An open code list (" + listName + "): known values are "
                  + known.stream().map(c -> "'" + c.code() + "'").reduce((a, b) -> a + ", " + b).orElse("")
                  + "; any other code is kept verbatim.");
          schema.putArray("examples").addAll(
              known.stream().map(c -> SchemaContext.node().textNode(c.code())).collect(java.util.stream.Collectors.toList()));
          return schema;
        });
  }

  /** A value written as a string and read by a core factory that validates it. */
  static <V> ValueCodec<V> parsed(
      Function<String, V> parse, Function<V, String> print, java.util.function.Supplier<ObjectNode> schema) {
    return new ValueCodec<>() {
      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        out.writeString(print.apply(value));
      }

      @Override
      public V read(JsonNode node, String path, ReadContext context) {
        String text = text(node, path, context, "a string");
        if (text == null) {
          return null;
        }
        try {
          return parse.apply(text);
        } catch (ValidationException e) {
          context.violations(path, e);
          return null;
        }
      }

      @Override
      public ObjectNode schema(SchemaContext schemas) {
        return schema.get();
      }
    };
  }

  /**
   * The characters of the Basic Multilingual Plane the core counts as spacing (whitespace,
   * Unicode spaces, invisible format characters), as the ranges of a regular expression class.
   */
  private static final String SPACING = characterClass(Violations::isSpacing);

  /** Control characters and the Unicode line and paragraph separators. */
  private static final String CONTROL =
      characterClass(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');

  private static String idPattern() {
    return "^[^" + SPACING + CONTROL + "]{1," + Violations.MAX_ID_LENGTH + "}$";
  }

  /**
   * Writes the characters of the Basic Multilingual Plane that match as {@code \\uXXXX} ranges,
   * which ECMA-262 and Java regular expressions read alike, so that the schema says what the
   * reader checks. Characters outside that plane are left to the reader.
   */
  static String characterClass(java.util.function.IntPredicate matches) {
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

  static String text(JsonNode node, String path, ReadContext context, String expected) {
    if (!node.isTextual()) {
      context.problem(path, JsonRule.WRONG_TYPE, "expected " + expected + ", found " + describe(node));
      return null;
    }
    return node.textValue();
  }

  /** Names a JSON value's type for messages, in JSON's own terms. */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return node.isIntegralNumber() ? "the integer " + node.asText() : "the number " + node.asText();
      case BOOLEAN:
        return "a boolean";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return "an unexpected value";
    }
  }
}
