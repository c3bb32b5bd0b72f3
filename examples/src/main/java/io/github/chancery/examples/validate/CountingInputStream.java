package io.github.chancery.examples.validate;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** Counts the bytes read and prints progress every tenth of a large file. Not thread-safe. */
final class CountingInputStream extends FilterInputStream {
  private final long total;
  private final PrintStream progress;
  private final String label;
  private long read;
  private int lastTenth;

  CountingInputStream(InputStream in, long total, PrintStream progress, String label) {
    super(in);
    this.total = total;
    this.progress = progress;
    this.label = label;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(long n) {
    read += n;
    if (progress == null || total <= 0) {
      return;
    }
    int tenth = (int) Math.min(10, read * 10 / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      progress.printf("%s: %d%% (%,d of %,d bytes)%n", label, tenth * 10, read, total);
    }
  }
}
