package io.github.chancery.spark;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The files of a read and the pieces they are read in, decided on the driver: paths and folders
 * resolved through Hadoop's file systems (so {@code hdfs://}, {@code s3a://} and local paths
 * alike), folders listed, large NDJSON files cut into byte ranges, and pieces packed into tasks
 * in corpus order. Stateless.
 */
final class CorpusFiles {
  /** The least a task is given to read, so that small corpora are not cut into tiny tasks. */
  static final long LEAST_PER_TASK = 4L << 20;

  private CorpusFiles() {}

  /** A file to read: its name as the read names it, where it is, its size and how it is stored. */
  static final class SourceFile {
    final String name;
    final String location;
    final long size;
    final boolean compressed;
    final Piece.Format format;

    SourceFile(String name, String location, long size, boolean compressed, Piece.Format format) {
      this.name = name;
      this.location = location;
      this.size = size;
      this.compressed = compressed;
      this.format = format;
    }
  }

  /**
   * Returns the files of paths, in their order: a file as it is, a folder as its record files
   * sorted by name.
   *
   * @throws FileNotFoundException naming a path that is neither file nor folder
   */
  static List<SourceFile> resolve(List<String> paths, Configuration conf) throws IOException {
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    List<SourceFile> files = new ArrayList<>();
    for (String given : paths) {
      Path path = new Path(given);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        throw new FileNotFoundException("no such file or folder: " + given);
      }
      if (status.isDirectory()) {
        FileStatus[] children = fs.listStatus(path);
        Arrays.sort(children, Comparator.comparing(child -> child.getPath().getName()));
        for (FileStatus child : children) {
          String name = child.getPath().getName();
          if (child.isFile() && !name.startsWith(".") && !name.startsWith("_") && isRecordFile(name, codecs)) {
            files.add(file(new Path(path, name).toString(), child, codecs));
          }
        }
      } else {
        files.add(file(path.toString(), status, codecs));
      }
    }
    return files;
  }

  private static SourceFile file(String name, FileStatus status, CompressionCodecFactory codecs) {
    CompressionCodec codec = codecs.getCodec(status.getPath());
    String base = baseName(status.getPath().getName(), codec);
    Piece.Format format = base.endsWith(".ndjson") || base.endsWith(".jsonl") ? Piece.Format.NDJSON : Piece.Format.DETECT;
    return new SourceFile(name, status.getPath().toString(), status.getLen(), codec != null, format);
  }

  /** A file name without its compression's extension, in lower case. */
  private static String baseName(String name, CompressionCodec codec) {
    String base = codec == null ? name : CompressionCodecFactory.removeSuffix(name, codec.getDefaultExtension());
    return base.toLowerCase(Locale.ROOT);
  }

  /** Whether a file of a folder is read: {@code .ndjson}, {@code .jsonl} or {@code .json}, compressed or not. */
  static boolean isRecordFile(String name, CompressionCodecFactory codecs) {
    String base = baseName(name, codecs.getCodec(new Path(name)));
    return base.endsWith(".ndjson") || base.endsWith(".jsonl") || base.endsWith(".json");
  }

  /**
   * Returns the pieces of files, in corpus order, packed into tasks: consecutive pieces share a
   * task up to {@code target} bytes, where target is {@code splitSize}, or less when the corpus
   * is small for the cores: the corpus's bytes spread over {@code parallelism} tasks, but no less
   * than {@link #LEAST_PER_TASK}. An uncompressed NDJSON file larger than the target is read in
   * ranges of about the target each; any other file is one piece.
   */
  static List<List<Piece>> plan(List<SourceFile> files, long splitSize, int parallelism, Configuration conf) throws IOException {
    long total = files.stream().mapToLong(f -> f.size).sum();
    long spread = (total + Math.max(1, parallelism) - 1) / Math.max(1, parallelism);
    long target = Math.max(1, Math.min(splitSize, Math.max(LEAST_PER_TASK, spread)));
    List<Piece> pieces = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      SourceFile file = files.get(f);
      Piece.Format format = file.format;
      if (!file.compressed && file.size > target && format == Piece.Format.DETECT) {
        format = startsAsArray(file, conf) ? Piece.Format.ARRAY : Piece.Format.NDJSON;
      }
      if (!file.compressed && file.size > target && format == Piece.Format.NDJSON) {
        for (long start = 0; start < file.size; start += target) {
          long end = Math.min(file.size, start + target);
          pieces.add(new Piece(pieces.size(), f, file.name, file.location, start, end, Piece.Format.NDJSON, false));
        }
      } else {
        pieces.add(new Piece(pieces.size(), f, file.name, file.location, 0, -1, format, file.compressed));
      }
    }
    List<List<Piece>> tasks = new ArrayList<>();
    List<Piece> task = new ArrayList<>();
    long bytes = 0;
    for (Piece piece : pieces) {
      long size = piece.whole() ? files.get(piece.file).size : piece.end - piece.start;
      if (!task.isEmpty() && bytes + size > target) {
        tasks.add(task);
        task = new ArrayList<>();
        bytes = 0;
      }
      task.add(piece);
      bytes += size;
    }
    if (!task.isEmpty()) {
      tasks.add(task);
    }
    return tasks;
  }

  private static boolean startsAsArray(SourceFile file, Configuration conf) throws IOException {
    Path path = new Path(file.location);
    try (InputStream in = new BufferedInputStream(path.getFileSystem(conf).open(path), 1 << 16)) {
      return detect(in) == Piece.Format.ARRAY;
    }
  }

  /**
   * Tells a JSON array of records from NDJSON as the validator does: an array starts with {@code
   * [}, after a byte order mark and white space. Leaves the stream where it was.
   *
   * @param in a stream that supports {@code mark}
   */
  static Piece.Format detect(InputStream in) throws IOException {
    int limit = 1 << 16;
    in.mark(limit);
    try {
      for (int i = 0; i < limit; i++) {
        int c = in.read();
        if (c < 0) {
          return Piece.Format.NDJSON;
        }
        boolean bom = i < 3 && (i == 0 ? c == 0xEF : i == 1 ? c == 0xBB : c == 0xBF);
        if (!bom && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          return c == '[' ? Piece.Format.ARRAY : Piece.Format.NDJSON;
        }
      }
      return Piece.Format.NDJSON;
    } finally {
      in.reset();
    }
  }
}
