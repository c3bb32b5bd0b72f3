package io.github.chancery.popolo;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Popolo#read} made of a Popolo file, or {@link Popolo#readAll(java.util.List)} of
 * several: the {@link Dossier} of the records it could map, the {@linkplain PopoloWarning
 * warnings} about what it could not map or repaired, in the order of the files, and the records
 * kept apart: those given differently under the id of a record the dossier holds (another name for
 * a member, in another file), each reported by a warning that names where both stand. Run {@code
 * dossier().check()} for the consistency report of the data.
 *
 * <p>Immutable and thread-safe.
 */
public final class PopoloImport {
  private final Dossier dossier;
  private final List<PopoloWarning> warnings;
  private final List<ChanceryRecord> keptApart;

  PopoloImport(Dossier dossier, List<PopoloWarning> warnings, List<ChanceryRecord> keptApart) {
    this.dossier = Objects.requireNonNull(dossier, "dossier");
    this.warnings = List.copyOf(warnings);
    this.keptApart = List.copyOf(keptApart);
  }

  /**
   * Returns the records read, as a dossier.
   *
   * @return the dossier of the records mapped; never null
   */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Returns what could not be mapped or was repaired, in the order of the file.
   *
   * @return the warnings, unmodifiable; never null, empty when everything was mapped as it was
   */
  public List<PopoloWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the records given differently under the id of a record the dossier holds: a second
   * object of the id that says otherwise, or a copy embedded in a reference (a division's voter)
   * that says what the record kept does not. The dossier keeps one record per id; these are not
   * in it, and not dropped: a warning names where each and the record kept stand, so that a user
   * can decide whether it is another person or act and give it an id of its own.
   *
   * @return the records, each once, in the order met; unmodifiable, never null, empty when every
   *     object of an id said the same
   */
  public List<ChanceryRecord> keptApart() {
    return keptApart;
  }

  @Override
  public String toString() {
    return "Popolo import of " + dossier.size() + " records with " + warnings.size() + " warnings";
  }
}
