package io.github.chancery.spark;

import java.io.Serializable;

/**
 * What one task reads of one file: the whole file, or, for a large uncompressed NDJSON file, the
 * lines that start in a byte range of it. Pieces are numbered in corpus order: by file, in the
 * order the read was given them, then by byte range.
 *
 * <p>Immutable; serializable, since pieces are sent to the tasks.
 */
final class Piece implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a piece's records are written. */
  enum Format {
    /** One record per line. */
    NDJSON,
    /** A JSON array of records. */
    ARRAY,
    /** A JSON array when it starts with {@code [}, else NDJSON, as the validator decides. */
    DETECT
  }

  /** The piece's number in corpus order, from 0. */
  final int index;
  /** The file's number in corpus order, from 0. */
  final int file;
  /** The file as the read names it. */
  final String name;
  /** The file's qualified location, which tasks open. */
  final String location;
  /** The first byte of the range; 0 for a whole file. */
  final long start;
  /** The byte after the range, or -1 for a whole file. */
  final long end;
  /** How the file's records are written. */
  final Format format;
  /** Whether the file is compressed (by its name's extension); compressed files are read whole. */
  final boolean compressed;

  Piece(int index, int file, String name, String location, long start, long end, Format format, boolean compressed) {
    this.index = index;
    this.file = file;
    this.name = name;
    this.location = location;
    this.start = start;
    this.end = end;
    this.format = format;
    this.compressed = compressed;
  }

  /** Whether the piece is a whole file rather than a byte range. */
  boolean whole() {
    return end < 0;
  }

  @Override
  public String toString() {
    return whole() ? name : name + " [" + start + ", " + end + ")";
  }
}
