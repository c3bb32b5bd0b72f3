package io.github.chancery.core.dossier;

import io.github.chancery.core.model.RecordComparison;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A record kept apart when sources were merged ({@link MergedDossier}): another record under the
 * id of one the dossier keeps, which says something the kept record does not. Both are given, each
 * with its origin, with the properties in which the one kept apart says what the other does not, and the {@code
 * record-given-differently} warning that reports them.
 *
 * <p>Immutable and thread-safe.
 */
public final class MergeConflict {
  /** The longest list, as printed, shown in full in a message. */
  private static final int SHORT_LIST = 120;

  private final ChanceryRecord kept;
  private final String keptFrom;
  private final ChanceryRecord keptApart;
  private final String keptApartFrom;
  private final List<String> differences;
  private final Finding finding;

  MergeConflict(ChanceryRecord kept, String keptFrom, ChanceryRecord keptApart, String keptApartFrom, int position) {
    this.kept = kept;
    this.keptFrom = keptFrom;
    this.keptApart = keptApart;
    this.keptApartFrom = keptApartFrom;
    this.differences =
        kept.recordType() == keptApart.recordType() ? List.copyOf(RecordComparison.unsaid(kept, keptApart)) : List.of("type");
    String property = kept.recordType() == keptApart.recordType() ? differences.get(0) : "id";
    this.finding =
        Finding.of(FindingCode.RECORD_GIVEN_DIFFERENTLY, Dossier.at(position) + property, message(), kept.id());
  }

  /**
   * Returns the id both records have.
   *
   * @return the id; never null
   */
  public String id() {
    return kept.id();
  }

  /**
   * Returns the record the dossier keeps under the id.
   *
   * @return the record kept; never null
   */
  public ChanceryRecord kept() {
    return kept;
  }

  /**
   * Returns the origin of the record kept.
   *
   * @return the origin, such as a file name; never null
   */
  public String keptFrom() {
    return keptFrom;
  }

  /**
   * Returns the record kept apart: not in the dossier, and not dropped.
   *
   * @return the record kept apart; never null
   */
  public ChanceryRecord keptApart() {
    return keptApart;
  }

  /**
   * Returns the origin of the record kept apart.
   *
   * @return the origin, such as a file name; never null
   */
  public String keptApartFrom() {
    return keptApartFrom;
  }

  /**
   * Returns the wire names of the properties in which the record kept apart says what the record
   * kept does not (another name, another birth date, a value the kept record lacks), in the order
   * of their shape; {@code [type]} for records of two types.
   *
   * @return the names, at least one; unmodifiable, never null
   */
  public List<String> differences() {
    return differences;
  }

  /**
   * Returns the warning that reports the conflict, at the path of the record kept and of the first
   * property that differs ({@code records[3].birth_date}).
   *
   * @return the {@code record-given-differently} finding; never null
   */
  public Finding finding() {
    return finding;
  }

  /** Returns the finding's line. */
  @Override
  public String toString() {
    return finding.toString();
  }

  private String message() {
    StringBuilder message =
        new StringBuilder("'" + kept.id() + "' is given differently by " + keptFrom + " (kept) and " + keptApartFrom + " (kept apart): ");
    if (kept.recordType() != keptApart.recordType()) {
      return message.append("a record of type ").append(kept.recordType()).append(" and one of type ").append(keptApart.recordType()).toString();
    }
    List<String> said = new ArrayList<>();
    for (String name : differences) {
      Property<ChanceryRecord, ?> property = Shapes.of(kept).property(name).orElseThrow();
      said.add(name + " " + shown(property, kept) + " and " + shown(property, keptApart));
    }
    return message.append(String.join("; ", said)).toString();
  }

  /** A property's value for the message: itself, none, a short list, or how many a long list holds. */
  private static String shown(Property<ChanceryRecord, ?> property, ChanceryRecord record) {
    Object held = property.get(record);
    if (property.cardinality() == Cardinality.LIST || property.cardinality() == Cardinality.NON_EMPTY_LIST) {
      String listed = held.toString();
      // A division's ballots would fill the report: a long list is given by its size.
      return listed.length() <= SHORT_LIST ? listed : ((List<?>) held).size() + " values";
    }
    if (held instanceof Optional) {
      return ((Optional<?>) held).map(v -> "'" + v + "'").orElse("none");
    }
    return "'" + held + "'";
  }
}
