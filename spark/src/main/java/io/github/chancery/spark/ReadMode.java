package io.github.chancery.spark;

/**
 * What a {@link ChancerySpark#read corpus read} does with a bad record: a line or element that is
 * not well-formed JSON, or not a valid record by the rules {@code ChanceryJson} applies (an unknown
 * property or record type, a missing required property, a negative count...). Good records are
 * kept in every mode; nothing is lost silently: every bad record is at least counted in the
 * {@link ReadSummary}.
 *
 * <p>Spark's own file sources call the same choices {@code PERMISSIVE}, {@code DROPMALFORMED} and
 * {@code FAILFAST}.
 */
public enum ReadMode {
  /**
   * Bad records are left out of the corpus and each of their problems is a row of {@link
   * CorpusRead#problems()}, with its file, line, JSON path, rule, message and record id: the
   * validator's way.
   */
  KEEP_GOING,
  /**
   * Bad records are left out of the corpus, and their problems are counted in the {@link
   * ReadSummary} but not listed: {@link CorpusRead#problems()} is empty. For corpora whose bad
   * records are known and many, where listing them would cost more than it tells.
   */
  DROP,
  /**
   * The first bad record, in corpus order, stops the read: {@link ChancerySpark#read} throws an
   * {@link InvalidRecordException} naming its file, line, JSON paths and rules. Each task stops
   * at its own first bad record; the exception names the first of all, whichever task found it
   * first, so that the same corpus always fails the same way.
   */
  FAIL_FAST
}
