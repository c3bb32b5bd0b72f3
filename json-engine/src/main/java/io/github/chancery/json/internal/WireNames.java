package io.github.chancery.json.internal;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.validation.Problem;
import java.util.Locale;

/**
 * The public type and the name of each of Chancery's types as a mapper may show them around a
 * value (a type id of default typing, a root name of {@code WRAP_ROOT_VALUE}): never a generated
 * class. Stateless.
 */
public final class WireNames {
  private WireNames() {}

  /**
   * Returns the public type a value of a class is known by: {@code Vote} for the generated class
   * of votes, {@code Count} for that of counts; null for a class that is none of Chancery's.
   *
   * @param type the class of a value; not null
   * @return the public record, value or document type, or null when the class is none of Chancery's
   */
  public static Class<?> publicType(Class<?> type) {
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      if (shape.type().isAssignableFrom(type)) {
        return shape.type();
      }
    }
    for (Class<?> value : Shapes.valueTypes().keySet()) {
      if (value.isAssignableFrom(type)) {
        return value;
      }
    }
    for (Class<?> document : new Class<?>[] {Dossier.class, ConsistencyReport.class, Problem.class}) {
      if (document.isAssignableFrom(type)) {
        return document;
      }
    }
    return null;
  }

  /**
   * Whether a class is one of Chancery's: a record type, {@code ChanceryRecord}, {@code Actor}, a
   * value or part, a dossier, report or problem.
   *
   * @param type a class, or null
   * @return true when values of the class are read and written by Chancery's engine
   */
  public static boolean isChancerys(Class<?> type) {
    return type != null && (ChanceryRecord.class.isAssignableFrom(type) || publicType(type) != null);
  }

  /**
   * Returns the name a value of a class is wrapped in: a record's {@code type} ({@code vote}),
   * else the public type in snake case ({@code partial_date}, {@code consistency_report}); null
   * for a class that is none of Chancery's.
   *
   * @param type the class of a value; not null
   * @return the wire name, or null when the class is none of Chancery's
   */
  public static String rootName(Class<?> type) {
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      if (shape.type().isAssignableFrom(type)) {
        return shape.recordType().orElseThrow().wireName();
      }
    }
    Class<?> known = publicType(type);
    return known == null ? null : known.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the name Jackson's root wrapping expects around a value of one of Chancery's types:
   * its {@link #rootName(Class) root name}, else (for {@code ChanceryRecord}, {@code Actor}) the
   * simple name of the class.
   *
   * @param type one of Chancery's types; not null
   * @return the name; never null
   */
  public static String wrapperName(Class<?> type) {
    String name = rootName(type);
    return name == null ? type.getSimpleName() : name;
  }

  /**
   * Returns the version the build wrote into a module's {@code version.properties}, so that it is
   * never typed by hand.
   *
   * @param properties the module's {@code version.properties}, or null when it has none; closed
   * @return the version, or null when there is none
   */
  public static String version(java.io.InputStream properties) {
    java.util.Properties read = new java.util.Properties();
    try (java.io.InputStream in = properties) {
      if (in != null) {
        read.load(in);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return read.getProperty("version");
  }
}
