package io.github.chancery.imports;

import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.time.PartialDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Correlates of War state numbers of the General Assembly's members and the country codes they
 * stand for, by date: the table {@code cow-states.csv} beside this class (its comment says where it
 * comes from). 345 is Yugoslavia, then Serbia and Montenegro, then Serbia; 365 the Soviet Union,
 * then Russia. Immutable and thread-safe.
 */
final class CowStates {
  private static final Map<Integer, List<Row>> ROWS = load();

  private CowStates() {}

  /** One period of a number. */
  private static final class Row {
    final CountryCode code;
    final LocalDate from;
    final LocalDate until;
    final String name;

    Row(CountryCode code, LocalDate from, LocalDate until, String name) {
      this.code = code;
      this.from = from;
      this.until = until;
      this.name = name;
    }

    boolean covers(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
  }

  /**
   * The country code a COW number stood for on a date: without a date, or a date known only to
   * the year or month, its latest period's (so 345 without a date is Serbia).
   *
   * @return the code, or null when the table does not list the number
   */
  static CountryCode on(int cow, PartialDate date) {
    Row row = row(cow, date);
    return row == null ? null : row.code;
  }

  /** The name of the period the date falls in, as the table gives it; null when not listed. */
  static String name(int cow, PartialDate date) {
    Row row = row(cow, date);
    return row == null ? null : row.name;
  }

  /** The numbers the table lists, in ascending order. */
  static List<Integer> numbers() {
    return ROWS.keySet().stream().sorted().collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  private static Row row(int cow, PartialDate date) {
    List<Row> rows = ROWS.get(cow);
    if (rows == null) {
      return null;
    }
    LocalDate day = null;
    if (date != null) {
      try {
        day = LocalDate.parse(date.toString());
      } catch (RuntimeException notADay) {
        day = null;
      }
    }
    if (day != null) {
      for (Row row : rows) {
        if (row.covers(day)) {
          return row;
        }
      }
    }
    return rows.get(rows.size() - 1);
  }

  private static Map<Integer, List<Row>> load() {
    Map<Integer, List<Row>> rows = new HashMap<>();
    try (InputStream in = CowStates.class.getResourceAsStream("cow-states.csv")) {
      if (in == null) {
        throw new IllegalStateException("the table cow-states.csv is missing from the import module");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",", 5);
        rows.computeIfAbsent(Integer.parseInt(cells[0]), k -> new ArrayList<>())
            .add(new Row(CountryCode.of(cells[1]), day(cells[2]), day(cells[3]), cells[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static LocalDate day(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }
}
