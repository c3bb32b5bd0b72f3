package io.github.chancery.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class SchemaNodeTest {
  @Test
  void printsObjectsIndentedTwoSpacesALevelWithSpacedColons() {
    SchemaNode root = SchemaNode.object().put("type", "object").put("minimum", 0).put("additionalProperties", false);
    root.putObject("properties").putObject("id").put("type", "string");

    assertThat(root.text()).isEqualTo(String.join("\n",
        "{",
        "  \"type\" : \"object\",",
        "  \"minimum\" : 0,",
        "  \"additionalProperties\" : false,",
        "  \"properties\" : {",
        "    \"id\" : {",
        "      \"type\" : \"string\"",
        "    }",
        "  }",
        "}"));
  }

  @Test
  void printsArraysOnOneLineWithObjectsInsideIndentedByTheirLevel() {
    SchemaNode root = SchemaNode.object();
    root.putArray("required").add("id").add("type");
    SchemaNode anyOf = root.putObject("value").putArray("anyOf");
    anyOf.addObject().put("type", "string");
    anyOf.addObject().put("type", "null");

    assertThat(root.text()).isEqualTo(String.join("\n",
        "{",
        "  \"required\" : [ \"id\", \"type\" ],",
        "  \"value\" : {",
        "    \"anyOf\" : [ {",
        "      \"type\" : \"string\"",
        "    }, {",
        "      \"type\" : \"null\"",
        "    } ]",
        "  }",
        "}"));
  }

  @Test
  void printsEmptyObjectsAndArraysWithASpaceInside() {
    SchemaNode root = SchemaNode.object();
    root.putObject("properties");
    root.putArray("enum");

    assertThat(root.text()).isEqualTo("{\n  \"properties\" : { },\n  \"enum\" : [ ]\n}");
    assertThat(SchemaNode.object().text()).isEqualTo("{ }");
    assertThat(SchemaNode.array().text()).isEqualTo("[ ]");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharactersOnly() {
    SchemaNode root = SchemaNode.object().put("pattern", "^\"a\\\\b\"\t\u0001é€$");

    // As Jackson's pretty printer escapes them: a tab by its short escape, other controls by code.
    assertThat(root.text()).isEqualTo("{\n  \"pattern\" : \"^\\\"a\\\\\\\\b\\\"\\t\\u0001é€$\"\n}");
  }

  @Test
  void keepsPropertiesInTheOrderTheyWereSetAndTakesThemFromAnotherObject() {
    SchemaNode definitions = SchemaNode.object().put("b", 1).put("a", 2);
    SchemaNode root = SchemaNode.object().put("z", true).putAll(definitions.properties()).putAll(Map.of("c", "three"));

    assertThat(root.properties()).containsOnlyKeys("z", "b", "a", "c");
    assertThat(root.text()).isEqualTo("{\n  \"z\" : true,\n  \"b\" : 1,\n  \"a\" : 2,\n  \"c\" : \"three\"\n}");
  }
}
