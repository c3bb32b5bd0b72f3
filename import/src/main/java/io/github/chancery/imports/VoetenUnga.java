package io.github.chancery.imports;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.vote.VoteOption;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Erik Voeten's United Nations General Assembly roll-call data as published on the Harvard
 * Dataverse ({@code hdl:1902.1/12379}, {@code UNVotes.csv}): one row per roll call ({@code rcid})
 * and country, the country by its Correlates of War number ({@code ccode}). Format name {@code
 * voeten-unga}.
 *
 * <p>Each roll call becomes a {@code Vote} of the {@code un-general-assembly} on a {@code Motion}
 * of its own (the resolution symbol {@code unres} as its identifier; the importance, amendment
 * and paragraph flags and the six issue codes as its subjects), with the declared totals as counts
 * and a ballot per country row: {@code 1} yes, {@code 2} abstain, {@code 3} no, {@code 8} absent;
 * {@code 9}, not a member, is no ballot (one warning per file counts those rows). States are read
 * from the COW number on the roll call's date, 345 being Yugoslavia, Serbia and Montenegro or
 * Serbia. The rows of a roll call must be together. docs/import.md gives the mapping, the warnings
 * and what is lossy.
 *
 * <p>Stateless and thread-safe: each import reads with state of its own.
 */
public final class VoetenUnga extends SinkImporter {
  private static final VoetenUnga INSTANCE = new VoetenUnga();
  private static final String WHAT = "a file of Voeten's General Assembly roll calls (UNVotes.csv)";

  static final Set<String> DOCUMENTED =
      Set.of(
          "", "rcid", "ccode", "member", "vote", "country", "countryname", "year", "session", "abstain", "yes", "no",
          "importantvote", "date", "unres", "amend", "para", "short", "descr", "me", "nu", "di", "hr", "co", "ec",
          "ident", "resid");
  private static final List<String> REQUIRED = List.of("rcid", "ccode", "vote");
  /** The columns whose value is the roll call's, the same on each of its rows. */
  private static final List<String> OF_THE_ROLL_CALL =
      List.of("session", "date", "unres", "importantvote", "amend", "para", "short", "descr", "yes", "no", "abstain",
          "me", "nu", "di", "hr", "co", "ec", "resid");

  private VoetenUnga() {}

  /**
   * Returns the importer.
   *
   * @return the importer, the same instance on every call
   */
  public static VoetenUnga importer() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "voeten-unga";
  }

  @Override
  public String description() {
    return "Erik Voeten's United Nations General Assembly roll calls, Harvard Dataverse (UNVotes.csv, COW country codes), CSV";
  }

  /** Recognises a header with the roll call's id, a COW country number and the vote code. */
  @Override
  public boolean recognizes(List<String> header) {
    Objects.requireNonNull(header, "header");
    return VoetenLayout.of(header, DOCUMENTED, REQUIRED) != null;
  }

  @Override
  ImportResult importOnto(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException {
    return run(in, fileName, sink, progress);
  }

  private static ImportResult run(InputStream in, String fileName, ImportSink sink, ImportProgress progress) throws IOException {
    Source file =
        Source.builder()
            .id("source-voeten-" + UndlMapper.slug(fileName))
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", "United Nations General Assembly Voting Data (" + fileName + ")"))
            .publisher("Erik Voeten, Harvard Dataverse")
            .url(URI.create("https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"))
            .build();
    VoetenMapper mapper = new VoetenMapper(file, sink);
    mapper.start();
    Reader reader = new Reader(mapper, sink.warnings);
    long rows = VoetenCsv.read(in, fileName, WHAT, DOCUMENTED, REQUIRED, sink.warnings, progress, layout -> {
      reader.layout = layout;
      return reader::row;
    }, sink);
    reader.finish();
    ImportResult result = sink.finish(rows);
    progress.progress(fileName, rows, sink.records, true);
    return result;
  }

  /** The rows of one file, grouped into roll calls. */
  private static final class Reader {
    private final VoetenMapper mapper;
    private final Warnings warnings;
    private final Set<String> done = new HashSet<>();
    VoetenLayout layout;
    private VoetenRollCall current;
    private List<String> first;
    private long notMembers;
    private long firstNotMember;

    Reader(VoetenMapper mapper, Warnings warnings) {
      this.mapper = mapper;
      this.warnings = warnings;
    }

    void row(long line, List<String> row) throws IOException {
      String rcid = layout.get(row, "rcid");
      if (rcid.isEmpty()) {
        warnings.add(line, "rcid", ImportWarningCode.MISSING_VALUE,
            "the row has no roll-call id, which groups a roll call's rows; the row is not mapped");
        return;
      }
      if (current != null && !current.rcid.equals(rcid)) {
        mapper.end();
        current = null;
      }
      if (current == null) {
        if (!done.add(rcid)) {
          warnings.add(line, "rcid", ImportWarningCode.RECORD_NOT_TOGETHER,
              "the rows of roll call " + rcid + " ended earlier in the file, and its vote is imported; the row is not mapped");
          return;
        }
        current = rollCall(rcid, line, row);
        first = List.copyOf(row);
        mapper.begin(current, warnings);
      } else {
        for (String column : OF_THE_ROLL_CALL) {
          String expected = layout.get(first, column);
          String value = layout.get(row, column);
          if (!value.equals(expected)) {
            warnings.add(line, column, ImportWarningCode.ROW_DISAGREES,
                "roll call " + rcid + " gives '" + expected + "' on line " + current.line + " but '" + value
                    + "' here; the first row's value is kept");
          }
        }
      }
      ballot(line, row);
    }

    private VoetenRollCall rollCall(String rcid, long line, List<String> row) {
      VoetenRollCall call = new VoetenRollCall(rcid, line);
      call.session = layout.get(row, "session");
      call.date = layout.get(row, "date");
      call.unres = layout.get(row, "unres");
      call.important = layout.get(row, "importantvote");
      call.amend = layout.get(row, "amend");
      call.para = layout.get(row, "para");
      call.shortText = layout.get(row, "short");
      call.descr = layout.get(row, "descr");
      call.yes = layout.get(row, "yes");
      call.no = layout.get(row, "no");
      call.abstain = layout.get(row, "abstain");
      call.resid = layout.get(row, "resid");
      for (String code : VoetenIssues.CODES) {
        String flag = layout.get(row, code);
        if (flag.equals("1") || flag.equals("1.0")) {
          call.addIssue(code, VoetenIssues.NAMES.get(code));
        } else if (!flag.isEmpty() && !flag.equals("0") && !flag.equals("0.0")) {
          warnings.add(line, code, ImportWarningCode.UNKNOWN_CODE,
              "'" + flag + "' is neither 0 nor 1; roll call " + rcid + " is read as without this issue");
        }
      }
      return call;
    }

    private void ballot(long line, List<String> row) throws IOException {
      String code = layout.get(row, "vote");
      String member = layout.get(row, "member");
      boolean isMember = member.equals("1") || member.equals("1.0");
      VoteOption option;
      switch (code.endsWith(".0") ? code.substring(0, code.length() - 2) : code) {
        case "1":
          option = VoteOption.YES;
          break;
        case "2":
          option = VoteOption.ABSTAIN;
          break;
        case "3":
          option = VoteOption.NO;
          break;
        case "8":
          option = VoteOption.ABSENT;
          break;
        case "9":
          if (notMembers++ == 0) {
            firstNotMember = line;
          }
          if (isMember) {
            warnings.add(line, "member", ImportWarningCode.UNDOCUMENTED_VALUE,
                "the row is coded 9, not a member, but its member column is 1; no ballot is mapped, as for code 9");
          }
          return;
        default:
          warnings.add(line, "vote", ImportWarningCode.UNKNOWN_CODE,
              "'" + code + "' is not a vote code (1 yes, 2 abstain, 3 no, 8 absent, 9 not a member); the row is not mapped");
          return;
      }
      if (layout.has("member") && !isMember) {
        warnings.add(line, "member", ImportWarningCode.UNDOCUMENTED_VALUE,
            "the row has vote code " + code + " but its member column is '" + member + "', not 1; the ballot is kept");
      }
      String ccode = layout.get(row, "ccode");
      int cow;
      try {
        cow = Integer.parseInt(ccode.endsWith(".0") ? ccode.substring(0, ccode.length() - 2) : ccode);
        if (cow <= 0 || cow > 999) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException unreadable) {
        warnings.add(line, "ccode", ccode.isEmpty() ? ImportWarningCode.MISSING_VALUE : ImportWarningCode.UNREADABLE_NUMBER,
            "'" + ccode + "' is not a Correlates of War country number (1 to 999); the row is not mapped");
        return;
      }
      State state = mapper.stateOfCow(line, "ccode", cow, layout.get(row, "countryname"));
      mapper.ballot(line, "ccode", state, option, layout.get(row, "countryname"));
    }

    void finish() throws IOException {
      if (current != null) {
        mapper.end();
      }
      if (notMembers > 0) {
        warnings.add(firstNotMember, "vote", ImportWarningCode.NOT_MAPPED,
            notMembers + " rows, the first on this line, are coded 9, not a member of the United Nations at the time: "
                + "they are not ballots and are not mapped");
      }
    }
  }
}
