package io.github.chancery.benchmarks.payload;

import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link Parliament}'s records as NDJSON files, for the scale runs of the validator and of
 * Spark on a corpus larger than a heap: {@code java -cp benchmarks.jar
 * io.github.chancery.benchmarks.payload.ParliamentCorpus <folder> <ballots> <files>}. The records
 * are dealt round the files in turn, so that every file holds a share of the votes and the first
 * file the chamber, members, groups and sources as well; every reference resolves in the corpus
 * as a whole, and its consistency report has no error.
 */
public final class ParliamentCorpus {
  private ParliamentCorpus() {}

  /**
   * Writes the corpus.
   *
   * @param args the folder, how many ballots (a multiple of 100), how many files
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ParliamentCorpus <folder> <ballots, a multiple of 100> <files>");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    long ballots = Long.parseLong(args[1].replace("_", ""));
    int files = Integer.parseInt(args[2]);
    long records = write(folder, ballots, files);
    System.err.printf("%,d records, %,d ballots in %d files under %s%n", records, ballots, files, folder);
  }

  /**
   * Writes the corpus into a folder as {@code parliament-00.ndjson}, {@code parliament-01.ndjson}...
   *
   * @param folder the folder
   * @param ballots how many ballots in all; a multiple of 100
   * @param files how many files, at least one
   * @return how many records were written
   * @throws IOException if a file cannot be written
   */
  public static long write(Path folder, long ballots, int files) throws IOException {
    ChanceryJson json = ChanceryJson.strict();
    OutputStream[] outs = new OutputStream[files];
    RecordWriter[] writers = new RecordWriter[files];
    try {
      for (int f = 0; f < files; f++) {
        outs[f] = new BufferedOutputStream(Files.newOutputStream(folder.resolve(String.format("parliament-%02d.ndjson", f))), 1 << 16);
        writers[f] = json.writeNdjson(outs[f]);
      }
      long[] written = {0};
      Parliament.forEachRecord(ballots, record -> {
        try {
          // a motion and its vote go to the same file, the records before the first motion to the first
          int f = record.id().startsWith("motion-ep-") || record.id().startsWith("vote-ep-")
              ? (int) (Long.parseLong(record.id().substring(record.id().lastIndexOf('-') + 1)) % files) : 0;
          writers[f].write(record);
          written[0]++;
        } catch (IOException failed) {
          throw new UncheckedIOException(failed);
        }
      });
      return written[0];
    } finally {
      for (int f = 0; f < files; f++) {
        if (writers[f] != null) {
          writers[f].close();
        }
        if (outs[f] != null) {
          outs[f].close();
        }
      }
    }
  }
}
