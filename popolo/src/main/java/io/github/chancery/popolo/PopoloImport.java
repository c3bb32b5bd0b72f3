package io.github.chancery.popolo;

import io.github.chancery.core.dossier.Dossier;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Popolo#read} made of a Popolo file: the {@link Dossier} of the records it could
 * map, and the {@linkplain PopoloWarning warnings} about what it could not map or repaired, in
 * the order of the file. Run {@code dossier().check()} for the consistency report of the data.
 *
 * <p>Immutable and thread-safe.
 */
public final class PopoloImport {
  private final Dossier dossier;
  private final List<PopoloWarning> warnings;

  PopoloImport(Dossier dossier, List<PopoloWarning> warnings) {
    this.dossier = Objects.requireNonNull(dossier, "dossier");
    this.warnings = List.copyOf(warnings);
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

  @Override
  public String toString() {
    return "Popolo import of " + dossier.size() + " records with " + warnings.size() + " warnings";
  }
}
