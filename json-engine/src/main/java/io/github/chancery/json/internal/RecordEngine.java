package io.github.chancery.json.internal;

import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.DatePrecision;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.json.problem.JsonRule;
import io.github.chancery.json.internal.TokenReader.Token;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes records and their values by their {@link Shape}s, straight from and to
 * tokens: each property's value goes into its slot by index, duplicate and missing properties are
 * found with a bitmask, and paths are rendered only for problems. Every problem goes to the
 * {@link ReadContext}; reading returns null when there was one. Stateless and thread-safe.
 */
public final class RecordEngine {
  /** The property that names a record's type. */
  private static final String TYPE = "type";

  private static final String ID = "id";

  private RecordEngine() {}

  // --- writing ---

  /**
   * Writes a record in its canonical form: {@code type}, then its properties in wire order.
   *
   * @param out where to write; not null
   * @param record the record; not null
   * @throws IOException if the generator cannot write
   */
  public static void writeRecord(TokenWriter out, ChanceryRecord record) throws IOException {
    Shape<ChanceryRecord> shape = Shapes.of(record);
    out.startObject();
    out.propertyName(TYPE);
    out.string(shape.name());
    writeProperties(out, shape, record);
    out.endObject();
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeProperties(TokenWriter out, Shape<T> shape, T object) throws IOException {
    List<Property<T, ?>> properties = shape.properties();
    // Indexed loops: writing visits every ballot of a roll call, and iterators would be garbage.
    for (int p = 0; p < properties.size(); p++) {
      Property<T, ?> property = properties.get(p);
      ValueType<Object> type = (ValueType<Object>) property.type();
      switch (property.cardinality()) {
        case REQUIRED:
          out.propertyName(property.name());
          writeValue(out, type, property.get(object));
          break;
        case OPTIONAL:
          Object present = property.getOrNull(object); // no Optional for each ballot's each property
          if (present != null) {
            out.propertyName(property.name());
            writeValue(out, type, present);
          }
          break;
        default:
          List<?> list = (List<?>) property.get(object);
          if (!list.isEmpty()) {
            out.propertyName(property.name());
            out.startArray();
            for (int i = 0; i < list.size(); i++) {
              writeValue(out, type, list.get(i));
            }
            out.endArray();
          }
      }
    }
  }

  /**
   * Writes one value of a type exactly as it is written inside a record.
   *
   * @param out where to write; not null
   * @param type the value's type; not null
   * @param value the value; not null
   * @param <V> the value's Java type
   * @throws IOException if the generator cannot write
   */
  public static <V> void writeValue(TokenWriter out, ValueType<V> type, V value) throws IOException {
    switch (type.kind()) {
      case TEXT:
      case ID:
        out.string((String) value);
        break;
      case INTEGER:
      case COUNT:
        out.number((Integer) value);
        break;
      case DECIMAL:
        out.number((BigDecimal) value);
        break;
      case MULTILINGUAL_TEXT:
        out.startObject();
        MultilingualText text = (MultilingualText) value;
        for (int i = 0; i < text.size(); i++) { // by position: no iterator, no entry, for each name written
          out.name(text.languageAt(i).toString());
          out.string(text.textAt(i));
        }
        out.endObject();
        break;
      case PART:
        out.startObject();
        writeProperties(out, type.part(), value);
        out.endObject();
        break;
      case DATE:
        // Printed into the writer's characters: no string for each date of each record written.
        PartialDate date = (PartialDate) value;
        if (date.precision() == DatePrecision.INSTANT || date.precision() == DatePrecision.LOCAL_DATE_TIME) {
          out.string(date.toString()); // java.time's forms, of any length, and rare in records
        } else {
          char[] chars = out.characters(10);
          out.string(chars, 0, date.printTo(chars, 0));
        }
        break;
      default:
        out.string(type.print(value));
    }
  }

  // --- reading ---

  /**
   * Reads a record of the expected class ({@code ChanceryRecord} for any) whose first token is
   * the reader's current one, leaving the reader on its last token.
   *
   * @param in the tokens, on the record's first; not null
   * @param expected the record class expected, or {@code ChanceryRecord.class} for any; not null
   * @param context where problems go, at the record's path; not null
   * @param <T> the record class expected
   * @return the record, or null when a problem was found
   * @throws IOException if the parser cannot read the input, or finds it is not JSON
   */
  public static <T> T readRecord(TokenReader in, Class<T> expected, ReadContext context) throws IOException {
    if (in.current() != Token.START_OBJECT) {
      context.problem(JsonRule.WRONG_TYPE, "expected a record object, found " + describe(in));
      in.skipValue();
      return null;
    }
    int before = context.problemCount();
    Token first = in.next();
    if (first == Token.NAME && TYPE.equals(in.text())) {
      // The canonical order: the type comes first, and the record streams into its slots.
      in.next();
      Shape<?> shape = recordShape(in, expected, context);
      if (shape == null) {
        skipRest(in, context);
        return null;
      }
      return expected.cast(readProperties(in.next(), in, shape, context, true, true, before));
    }
    // The type comes later or not at all: the object is held until its type is known.
    BufferedTokens object = BufferedTokens.restOfObject(in);
    String id = object.topLevelString(ID);
    if (id != null) {
      context.recordId(id);
    }
    if (!object.seek(TYPE)) {
      context.enter(TYPE);
      context.problem(JsonRule.REQUIRED, "every record must name its type");
      context.leave();
      return null;
    }
    Shape<?> shape = recordShape(object, expected, context);
    if (shape == null) {
      return null;
    }
    object.rewind();
    return expected.cast(readProperties(object.next(), object, shape, context, true, false, before));
  }

  /** Reads the type name at the current token and returns its shape, or null after a problem. */
  private static Shape<?> recordShape(TokenReader in, Class<?> expected, ReadContext context) throws IOException {
    context.enter(TYPE);
    try {
      if (in.current() == Token.NULL) {
        context.problem(JsonRule.REQUIRED, "every record must name its type");
        return null;
      }
      if (in.current() != Token.STRING) {
        context.problem(JsonRule.WRONG_TYPE, "expected a record type name, found " + describe(in));
        in.skipValue();
        return null;
      }
      String name = in.text();
      Optional<RecordType> type = RecordType.fromWireName(name);
      if (type.isEmpty()) {
        context.problem(
            JsonRule.UNKNOWN_TYPE,
            "'" + name + "' is not a record type; expected one of "
                + Shapes.records().stream().map(Shape::name).collect(Collectors.joining(", ")));
        return null;
      }
      Shape<?> shape = Shapes.of(type.get());
      if (!expected.isAssignableFrom(shape.type())) {
        context.problem(
            JsonRule.UNKNOWN_TYPE,
            "a " + name + " record is not what is expected here"
                + Shapes.forClass(expected).map(s -> " (expected " + s.name() + ")").orElse(""));
        return null;
      }
      return shape;
    } finally {
      context.leave();
    }
  }

  /** Skips the rest of a record that cannot be read, noting its id for the problems found. */
  private static void skipRest(TokenReader in, ReadContext context) throws IOException {
    for (Token t = in.next(); t == Token.NAME; t = in.next()) {
      boolean id = ID.equals(in.text());
      if (in.next() == Token.STRING && id) {
        context.recordId(in.text());
      }
      in.skipValue();
    }
  }

  /**
   * Reads the properties of an object into its shape's slots and builds it. The reader is on the
   * token after the object's start ({@code token}); it is left on the object's end. {@code
   * record} tells a record from a part, whose {@code type} and {@code id} mean nothing special.
   */
  private static <T> T readProperties(
      Token token, TokenReader in, Shape<T> shape, ReadContext context, boolean record, boolean typeRead, int before)
      throws IOException {
    // The values go into slots the context lends for this level of nesting: the ballots of a
    // roll call are read one after another into the same array, and built from it without a copy.
    Object[] slots = context.borrowSlots(shape.properties().size());
    int lists = context.listMark();
    try {
      long seen = 0;
      Set<String> others = null; // names that are not properties, to find them twice
      List<Property<T, ?>> declared = shape.properties();
      int next = 0; // where the canonical order's next property is looked for first
      for (Token t = token; t == Token.NAME; t = in.next()) {
        String name = in.text();
        Token value = in.next();
        context.enter(name);
        // Canonical documents give the properties in wire order, and a parser that interns names
        // gives the very strings the shape declares: the property is then found by identity
        // among those after the last one, before any hashing.
        Property<T, ?> property = null;
        for (int p = next; p < declared.size(); p++) {
          if (declared.get(p).name() == name) {
            property = declared.get(p);
            next = p + 1;
            break;
          }
        }
        if (property == null) {
          property = shape.lookup(name);
        }
        if (property != null) {
          long bit = 1L << property.index();
          if ((seen & bit) != 0) {
            duplicate(context, name);
            in.skipValue();
          } else {
            seen |= bit;
            if (record && value == Token.STRING && ID.equals(name)) {
              context.recordId(in.text());
            }
            slots[property.index()] = readProperty(in, value, property, context);
          }
        } else if (record && TYPE.equals(name) && !typeRead) {
          typeRead = true; // read already, from the held object
          in.skipValue();
        } else {
          if (others == null) {
            others = new HashSet<>(4);
          }
          if (!others.add(name) || (record && TYPE.equals(name))) {
            duplicate(context, name);
          } else {
            context.unknownProperty();
          }
          in.skipValue();
        }
        context.leave();
      }
      List<Property<T, ?>> properties = shape.properties();
      for (int p = 0; p < properties.size(); p++) {
        Property<T, ?> property = properties.get(p);
        if (property.cardinality() == Cardinality.REQUIRED && (seen & (1L << property.index())) == 0) {
          context.enter(property.name());
          context.problem(JsonRule.REQUIRED, "is required");
          context.leave();
        }
      }
      return context.build(before, shape, slots);
    } finally {
      context.returnSlots(slots);
      context.returnListsTo(lists); // the lists of this object's properties, copied by its build
    }
  }

  private static void duplicate(ReadContext context, String name) {
    context.problem(JsonRule.DUPLICATE_KEY, "the key '" + name + "' appears more than once");
  }

  private static Object readProperty(TokenReader in, Token token, Property<?, ?> property, ReadContext context)
      throws IOException {
    ValueType<?> type = property.type();
    switch (property.cardinality()) {
      case REQUIRED:
        if (token == Token.NULL) {
          context.problem(JsonRule.REQUIRED, "must not be null");
          return null;
        }
        return readValue(in, type, context);
      case OPTIONAL:
        return token == Token.NULL ? null : readValue(in, type, context);
      default:
        if (token == Token.NULL) {
          return null;
        }
        if (token != Token.START_ARRAY) {
          context.problem(JsonRule.WRONG_TYPE, "expected an array, found " + describe(in));
          in.skipValue();
          return null;
        }
        // Elements gather in a list the context lends, kept until the object holding the list is
        // built, whose builder copies them: a roll call's ballots grow no chain of arrays on every
        // read, and are copied once.
        ArrayList<Object> gathered = context.borrowList();
        int index = 0;
        for (Token t = in.next(); t != Token.END_ARRAY; t = in.next()) {
          context.enter(index++);
          // An element that cannot be read stays as null, so that the core's paths keep its index.
          if (t == Token.NULL) {
            context.problem(JsonRule.REQUIRED, "must not be null");
            gathered.add(null);
          } else {
            gathered.add(readValue(in, type, context));
          }
          context.leave();
        }
        return gathered;
    }
  }

  /**
   * Reads one value of a type whose first token is the reader's current one (not null),
   * leaving the reader on its last token.
   *
   * @param in the tokens, on the value's first; not null
   * @param type the value's type; not null
   * @param context where problems go, at the value's path; not null
   * @param <V> the value's Java type
   * @return the value, or null after a problem
   * @throws IOException if the parser cannot read the input, or finds it is not JSON
   */
  @SuppressWarnings("unchecked")
  public static <V> V readValue(TokenReader in, ValueType<V> type, ReadContext context) throws IOException {
    Token token = in.current();
    switch (type.kind()) {
      case INTEGER:
      case COUNT:
        if (token != Token.INTEGER) {
          return mismatch(in, context, "an integer");
        }
        if (!in.fitsInt()) {
          context.problem(JsonRule.WRONG_TYPE, "integer " + in.numberText() + " is out of range");
          return null;
        }
        return (V) Integer.valueOf(in.intValue());
      case DECIMAL:
        if (token != Token.INTEGER && token != Token.DECIMAL) {
          return mismatch(in, context, "a number");
        }
        return (V) decimal(in, context);
      case MULTILINGUAL_TEXT:
        if (token != Token.START_OBJECT) {
          return mismatch(in, context, "an object of language tag to text");
        }
        return (V) multilingualText(in, context);
      case PART:
        if (token != Token.START_OBJECT) {
          return mismatch(in, context, "an object");
        }
        return readProperties(in.next(), in, type.part(), context, false, true, context.problemCount());
      default:
        if (token != Token.STRING) {
          return mismatch(in, context, type.kind() == ValueType.Kind.URL ? "a URL string" : "a string");
        }
        if (type.kind() == ValueType.Kind.TEXT || type.kind() == ValueType.Kind.ID) {
          return (V) in.text();
        }
        ReferenceTable references = context.references();
        if (type.kind() == ValueType.Kind.REFERENCE && references != null) {
          Reference<?> known = in.match(references);
          if (known != null) {
            return (V) known; // met before in this read: its id was checked then
          }
          String id = in.text(); // the reader could not lend its characters, or the id is new
          if (!references.takeMiss()) {
            known = references.find(id); // not looked for yet: the reader lent no characters
            if (known != null) {
              return (V) known;
            }
          }
          try {
            Reference<?> read = (Reference<?>) type.parse(id);
            references.remember(read);
            return (V) read;
          } catch (ValidationException e) {
            context.violations(e);
            return null;
          }
        }
        String text;
        if (type.kind() == ValueType.Kind.CODE) {
          // A known code is matched on the parser's characters and given as the known value
          // itself: no string, no lookup.
          List<String> known = type.knownCodeTexts();
          text = in.text(known);
          for (int i = 0; i < known.size(); i++) {
            if (known.get(i) == text) {
              return type.knownCodes().get(i);
            }
          }
        } else {
          text = in.text();
        }
        try {
          return type.parse(text);
        } catch (ValidationException e) {
          context.violations(e);
          return null;
        }
    }
  }

  private static BigDecimal decimal(TokenReader in, ReadContext context) throws IOException {
    BigDecimal value;
    try {
      value = in.decimalValue();
    } catch (NumberFormatException | ArithmeticException unrepresentable) {
      value = null; // an exponent beyond what a decimal can hold
    }
    double approximate = value == null ? Double.NaN : value.doubleValue();
    if (value == null || Double.isInfinite(approximate) || (approximate == 0 && value.signum() != 0)) {
      // Kept exactly, but most readers of JSON (and JSON Schema validators) read numbers as
      // doubles, which this one would overflow or underflow.
      context.problem(JsonRule.WRONG_TYPE, "the number " + in.numberText() + " is out of range");
      return null;
    }
    return value;
  }

  private static MultilingualText multilingualText(TokenReader in, ReadContext context) throws IOException {
    int before = context.problemCount();
    // Most names are in one language: the first text is held as it is, and a map is made only
    // for a second one.
    String firstKey = null;
    String firstText = null;
    Map<String, String> more = null;
    Set<String> unread = null; // keys whose value was not a text, to find them twice as well
    String path = null;
    for (Token t = in.next(); t == Token.NAME; t = in.next()) {
      String key = in.text();
      Token value = in.next();
      if (key.equals(firstKey) || (more != null && more.containsKey(key)) || (unread != null && unread.contains(key))) {
        path = path == null ? context.path() : path;
        context.problem(JsonRule.DUPLICATE_KEY, Paths.property(path, key), "the key '" + key + "' appears more than once");
        in.skipValue();
      } else if (value != Token.STRING) {
        path = path == null ? context.path() : path;
        // Keys are language tags, always in bracket notation, as the core reports them.
        String bracketed = path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
        context.problem(JsonRule.WRONG_TYPE, bracketed, "expected a string, found " + describe(in));
        in.skipValue();
        if (unread == null) {
          unread = new HashSet<>(2);
        }
        unread.add(key);
      } else if (firstKey == null) {
        firstKey = key;
        firstText = in.text();
      } else {
        if (more == null) {
          more = new LinkedHashMap<>(4);
          more.put(firstKey, firstText);
        }
        more.put(key, in.text());
      }
    }
    if (more == null && firstKey != null) {
      String language = firstKey;
      String text = firstText;
      return context.build(before, () -> MultilingualText.of(language, text)); // held without a map
    }
    Map<String, String> texts = more != null ? more : Map.of();
    return context.build(before, () -> MultilingualText.of(texts));
  }

  private static <V> V mismatch(TokenReader in, ReadContext context, String expected) throws IOException {
    context.problem(JsonRule.WRONG_TYPE, "expected " + expected + ", found " + describe(in));
    in.skipValue();
    return null;
  }

  /**
   * Names the current value's JSON type for messages, in JSON's own terms.
   *
   * @param in the tokens, on the value's first
   * @return {@code a string}, {@code the integer 12}, {@code an object} and so on
   * @throws IOException if the parser cannot read the number
   */
  public static String describe(TokenReader in) throws IOException {
    if (in.current() == null) {
      return "nothing";
    }
    switch (in.current()) {
      case STRING:
        return "a string";
      case INTEGER:
        return "the integer " + in.numberText();
      case DECIMAL:
        return "the number " + in.numberText();
      case TRUE:
      case FALSE:
        return "a boolean";
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return "an unexpected value";
    }
  }
}
