package io.github.chancery.json.schema;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.RecordType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the wire format, shipped in the engine's jar under {@value
 * #RESOURCE_DIRECTORY}: {@code record.schema.json} for a record of any type, one {@code
 * <type>.schema.json} per record type, such as {@code vote.schema.json}, and {@code
 * dossier.schema.json} for a dossier document.
 *
 * <p>The schemas are generated from the same declarations as the reader and writer, so they
 * describe exactly what is written. The reader is stricter than the schemas: everything the
 * schemas reject, the reader rejects, but some rules (dates in order, a signature on behalf of
 * a party) are checked only by the reader. Stateless and thread-safe.
 */
public final class RecordSchemas {
  /** The folder of the schemas inside the jar. */
  public static final String RESOURCE_DIRECTORY = "/io/github/chancery/json/schema/";

  /** The file name of the schema of a record of any type. */
  public static final String ANY_RECORD = "record.schema.json";

  /** The file name of the schema of a dossier document. */
  public static final String DOSSIER = "dossier.schema.json";

  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private RecordSchemas() {}

  /**
   * Returns the file name of the schema of one record type, such as {@code vote.schema.json}.
   *
   * @param type the record type; not null
   * @return the file name, the type's wire name followed by {@code .schema.json}
   */
  public static String fileName(RecordType type) {
    Objects.requireNonNull(type, "type");
    return type.wireName() + ".schema.json";
  }

  /**
   * Opens a shipped schema.
   *
   * @param fileName {@link #ANY_RECORD} or a {@link #fileName(RecordType)}
   * @return the schema's UTF-8 JSON; the caller closes it
   * @throws IllegalArgumentException if no such schema ships
   */
  public static InputStream open(String fileName) {
    InputStream in = RecordSchemas.class.getResourceAsStream(RESOURCE_DIRECTORY + fileName);
    if (in == null) {
      throw new IllegalArgumentException("no schema named " + fileName);
    }
    return in;
  }

  /**
   * Generates every schema, by file name, as the text that ships in the jar.
   *
   * @return a new map of schema text by file name: the schema of any record, the dossier's, then
   *     one per record type
   */
  public static Map<String, String> generate() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ANY_RECORD, anyRecord().text() + "\n");
    files.put(DOSSIER, dossier().text() + "\n");
    for (RecordType type : RecordType.values()) {
      files.put(fileName(type), oneRecord(type).text() + "\n");
    }
    return files;
  }

  private static SchemaNode anyRecord() {
    SchemaContext schemas = new SchemaContext();
    SchemaNode root = header("urn:io.github.chancery:schema:record", "A Chancery record of any type");
    SchemaNode oneOf = root.putArray("oneOf");
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      oneOf.add(ShapeSchemas.record(shape, schemas));
    }
    root.putObject("$defs").putAll(schemas.definitions());
    return root;
  }

  private static SchemaNode dossier() {
    SchemaContext schemas = new SchemaContext();
    SchemaNode root = header("urn:io.github.chancery:schema:dossier", "A Chancery dossier document");
    root.put("type", "object");
    SchemaNode properties = root.putObject("properties");
    properties.putObject("format").put("const", "chancery-dossier");
    properties.putObject("version").put("const", 1);
    SchemaNode records = properties.putObject("records").put("type", "array");
    SchemaNode oneOf = records.putObject("items").putArray("oneOf");
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      oneOf.add(ShapeSchemas.record(shape, schemas));
    }
    root.putArray("required").add("format").add("version").add("records");
    root.put("additionalProperties", false);
    root.putObject("$defs").putAll(schemas.definitions());
    return root;
  }

  private static SchemaNode oneRecord(RecordType type) {
    SchemaContext schemas = new SchemaContext();
    SchemaNode root = header("urn:io.github.chancery:schema:" + type.wireName(), "A Chancery " + type.wireName() + " record");
    SchemaNode reference = ShapeSchemas.record(Shapes.of(type), schemas);
    root.putAll(reference.properties());
    root.putObject("$defs").putAll(schemas.definitions());
    return root;
  }

  private static SchemaNode header(String id, String title) {
    return SchemaContext.node().put("$schema", DRAFT).put("$id", id).put("title", title);
  }
}
