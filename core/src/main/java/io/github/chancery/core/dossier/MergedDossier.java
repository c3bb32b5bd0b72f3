package io.github.chancery.core.dossier;

import io.github.chancery.core.model.RecordComparison;
import io.github.chancery.core.record.ChanceryRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The records of several sources brought into one dossier: the files of one publisher (a register
 * of members, a list of parties, one file per division embedding the voters it names), or dossiers
 * of different publishers. Each source is named by its origin, such as its file name.
 *
 * <pre>{@code
 * MergedDossier merged = MergedDossier.builder()
 *     .add("people.json", people)                   // a Dossier, or any records
 *     .add("division-2019-10-22.json", division)
 *     .merge();
 * Dossier dossier = merged.dossier();               // each id once
 * merged.conflicts().forEach(System.err::println);  // the records kept apart, with both origins
 * ConsistencyReport report = merged.check();        // the dossier's report and the conflicts
 * }</pre>
 *
 * <p>A dossier holds one record per id, so records of one id are brought together thus, in the
 * order the sources were added:
 *
 * <ul>
 *   <li>the same record given twice, or more, is kept once;
 *   <li>a record that says all another of its id and type says, and more ({@link
 *       RecordComparison#saysAll}), is the same record told more fully, as a member in the register
 *       of members and the same member named as a voter in a division: the fuller is kept, in the
 *       place of the first, and nothing is lost;
 *   <li>two records of one id that differ otherwise (another name, another birth date, another
 *       type) are not the same record: the first (or the fuller the first is said by) is kept in
 *       the dossier, and each other is <em>kept apart</em>: listed in {@link #conflicts()} with the
 *       record kept, the origins of both and the properties in which it says what the record kept
 *       does not, and reported as a {@code record-given-differently} warning at the path of the
 *       record kept. Neither is dropped silently, and nothing is thrown.
 * </ul>
 *
 * <p>A record kept apart can be given an id of its own and added to the dossier when a user
 * decides it is another person or act. Immutable and thread-safe.
 */
public final class MergedDossier {
  private final Dossier dossier;
  private final Map<String, String> origins;
  private final List<MergeConflict> conflicts;

  private MergedDossier(Dossier dossier, Map<String, String> origins, List<MergeConflict> conflicts) {
    this.dossier = dossier;
    this.origins = origins;
    this.conflicts = conflicts;
  }

  /**
   * Returns a builder, to add each source's records to in order.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the dossier of the records kept: each id once, in the order each id was first given.
   *
   * @return the dossier; never null
   */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Returns the origin of the record kept under an id.
   *
   * @param id the id; not null
   * @return the origin it was added with, or empty when the dossier holds no record of the id
   */
  public Optional<String> originOf(String id) {
    return Optional.ofNullable(origins.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the records kept apart, each with the record kept under its id.
   *
   * @return the conflicts, in the dossier's order of the records kept, then in the order given;
   *     unmodifiable, never null, empty when every id was given one record
   */
  public List<MergeConflict> conflicts() {
    return conflicts;
  }

  /**
   * Returns the records kept apart, which the dossier does not hold.
   *
   * @return a new list of the records, in the order of {@link #conflicts()}; never null
   */
  public List<ChanceryRecord> keptApart() {
    return conflicts.stream().map(MergeConflict::keptApart).collect(Collectors.toList());
  }

  /**
   * Returns one {@code record-given-differently} warning for each record kept apart.
   *
   * @return a new list of the findings, in the order of {@link #conflicts()}; never null
   */
  public List<Finding> findings() {
    return conflicts.stream().map(MergeConflict::finding).collect(Collectors.toList());
  }

  /**
   * Runs the dossier's consistency check and adds the records kept apart, as the report a user
   * reads after a merge.
   *
   * @return the report of the dossier's findings and of the {@code record-given-differently}
   *     warnings; never null
   */
  public ConsistencyReport check() {
    List<Finding> findings = new ArrayList<>(dossier.check().findings());
    findings.addAll(findings());
    return ConsistencyReport.of(findings);
  }

  /** Returns how many records are kept and how many kept apart. */
  @Override
  public String toString() {
    return "merged dossier of " + dossier.size() + " records, " + conflicts.size() + " kept apart";
  }

  /**
   * Builds a {@link MergedDossier}: add each source's records with its origin, then call {@link
   * #merge()}. Get one from {@link MergedDossier#builder()}.
   *
   * <p>Not thread-safe: a builder is mutable; use it on one thread.
   */
  public static final class Builder {
    /** One record as given, with its origin. */
    private static final class Given {
      final String origin;
      final ChanceryRecord record;

      Given(String origin, ChanceryRecord record) {
        this.origin = origin;
        this.record = record;
      }
    }

    private final Map<String, List<Given>> byId = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a source's records: a {@link Dossier}, or any records, which may repeat an id.
     *
     * @param origin what the records come from, such as a file name; not blank
     * @param records the records, in order; none null
     * @return this builder
     * @throws IllegalArgumentException if the origin is blank
     */
    public Builder add(String origin, Iterable<? extends ChanceryRecord> records) {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(records, "records");
      if (origin.isBlank()) {
        throw new IllegalArgumentException("the origin of records must not be blank");
      }
      for (ChanceryRecord record : records) {
        Objects.requireNonNull(record, "record");
        byId.computeIfAbsent(record.id(), id -> new ArrayList<>(1)).add(new Given(origin, record));
      }
      return this;
    }

    /**
     * Brings the records together, as {@link MergedDossier} says.
     *
     * @return the merged dossier
     */
    public MergedDossier merge() {
      List<ChanceryRecord> kept = new ArrayList<>(byId.size());
      Map<String, String> origins = new HashMap<>(byId.size() * 2);
      List<MergeConflict> conflicts = new ArrayList<>();
      for (List<Given> given : byId.values()) {
        Given chosen = given.get(0);
        for (Given next : given.subList(1, given.size())) {
          if (!saysAll(chosen.record, next.record) && saysAll(next.record, chosen.record)) {
            chosen = next; // the same record told more fully
          }
        }
        int position = kept.size();
        kept.add(chosen.record);
        origins.put(chosen.record.id(), chosen.origin);
        for (Given other : given) {
          if (other != chosen && !saysAll(chosen.record, other.record)) {
            conflicts.add(new MergeConflict(chosen.record, chosen.origin, other.record, other.origin, position));
          }
        }
      }
      return new MergedDossier(Dossier.of(kept), Collections.unmodifiableMap(origins), List.copyOf(conflicts));
    }

    private static boolean saysAll(ChanceryRecord fuller, ChanceryRecord other) {
      return fuller.recordType() == other.recordType() && RecordComparison.saysAll(fuller, other);
    }
  }
}
