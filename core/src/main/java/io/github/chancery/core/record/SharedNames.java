package io.github.chancery.core.record;

import io.github.chancery.core.wire.WireName;

/**
 * The wire names several record types share, each written once, here: every record's id,
 * identifiers and sources, and the other report of an act that can be reported twice.
 *
 * <p>Every shape declares these properties through {@link Shape.Declaration#id}, {@link
 * Shape.Declaration#identifiers}, {@link Shape.Declaration#sources} and {@link
 * Shape.Declaration#otherReportOf}, which take their names from here; code that asks for the
 * property of a record of any type (a dossier's other reports, the records that cite a source)
 * names it here, since no one record type's handle would do.
 *
 * <p>Stateless and thread-safe.
 */
public final class SharedNames {
  /** Every record's id: {@code id}. */
  public static final WireName ID = WireName.of("id");

  /** Every record's identifiers in other registers: {@code identifiers}. */
  public static final WireName IDENTIFIERS = WireName.of("identifiers");

  /** Every record's sources: {@code source_ids}. */
  public static final WireName SOURCES = WireName.of("source_ids");

  /**
   * The record of the same act as another source reports it, on the record types that have one
   * (votes, motions, notes, statements, treaties): {@code other_report_of_id}.
   */
  public static final WireName OTHER_REPORT_OF = WireName.of("other_report_of_id");

  private SharedNames() {}
}
