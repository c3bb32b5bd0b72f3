package io.github.chancery.spark;

import io.github.chancery.core.record.RecordType;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of a {@link CorpusRead}, known as soon as the read returns, at no further cost:
 * files read, pieces they were read in, records kept (in all and per record type), bad records
 * and their problems. Bad records are counted in every {@link ReadMode}, {@link ReadMode#DROP}
 * included, so that a read never loses a record without saying so.
 *
 * <p>Immutable and thread-safe; serializable.
 */
public final class ReadSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Files read. */
  private final int files;
  /** Pieces the files were read in. */
  private final int pieces;
  /** Records kept by type, only the types with some. */
  private final EnumMap<RecordType, Long> kept;
  /** Bad records left out. */
  private final long badRecords;
  /** Problems of the bad records. */
  private final long problems;

  ReadSummary(int files, int pieces, Map<RecordType, Long> kept, long badRecords, long problems) {
    this.files = files;
    this.pieces = pieces;
    this.kept = new EnumMap<>(RecordType.class);
    kept.forEach((type, count) -> {
      if (count > 0) {
        this.kept.put(type, count);
      }
    });
    this.badRecords = badRecords;
    this.problems = problems;
  }

  /**
   * Returns how many files were read.
   *
   * @return the number of files, zero or more
   */
  public int files() {
    return files;
  }

  /**
   * Returns how many pieces the files were read in: one per file, and more for each NDJSON file
   * larger than the split size, which is read in byte ranges.
   *
   * @return the number of pieces, at least {@link #files()}
   */
  public int pieces() {
    return pieces;
  }

  /**
   * Returns how many records were read, good and bad.
   *
   * @return the records kept plus the bad records
   */
  public long recordsRead() {
    return recordsKept() + badRecords;
  }

  /**
   * Returns how many records were kept: the rows of {@link CorpusRead#corpus()}.
   *
   * @return the number of good records
   */
  public long recordsKept() {
    return kept.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns how many records of a type were kept: the rows of {@link
   * CorpusRead#records(RecordType)}.
   *
   * @param type the record type; not null
   * @return the number of good records of that type, zero or more
   */
  public long recordsKept(RecordType type) {
    return kept.getOrDefault(Objects.requireNonNull(type, "type"), 0L);
  }

  /**
   * Returns how many records of each type were kept, the types with none left out.
   *
   * @return the counts by record type, in the types' order; unmodifiable
   */
  public Map<RecordType, Long> recordsKeptByType() {
    return Collections.unmodifiableMap(kept);
  }

  /**
   * Returns how many bad records were left out of the corpus.
   *
   * @return the number of bad records, zero or more
   */
  public long badRecords() {
    return badRecords;
  }

  /**
   * Returns how many problems the bad records have: the rows {@link CorpusRead#problems()} has,
   * or would have but for {@link ReadMode#DROP}.
   *
   * @return the number of problems, at least {@link #badRecords()}
   */
  public long problems() {
    return problems;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadSummary)) {
      return false;
    }
    ReadSummary that = (ReadSummary) other;
    return files == that.files
        && pieces == that.pieces
        && kept.equals(that.kept)
        && badRecords == that.badRecords
        && problems == that.problems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(files, pieces, kept, badRecords, problems);
  }

  /**
   * Returns the numbers for people: {@code 3 files in 5 pieces: 2,600 records kept (vote 200,
   * ...), 3 bad records with 4 problems}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(files).append(files == 1 ? " file" : " files").append(" in ").append(pieces)
        .append(pieces == 1 ? " piece: " : " pieces: ")
        .append(String.format(Locale.ROOT, "%,d", recordsKept())).append(" records kept");
    if (!kept.isEmpty()) {
      StringBuilder types = new StringBuilder();
      kept.forEach((type, count) -> types.append(types.length() == 0 ? "" : ", ").append(type.wireName()).append(' ')
          .append(String.format(Locale.ROOT, "%,d", count)));
      text.append(" (").append(types).append(')');
    }
    text.append(", ").append(String.format(Locale.ROOT, "%,d", badRecords)).append(badRecords == 1 ? " bad record" : " bad records");
    if (badRecords > 0) {
      text.append(" with ").append(String.format(Locale.ROOT, "%,d", problems)).append(problems == 1 ? " problem" : " problems");
    }
    return text.toString();
  }
}
