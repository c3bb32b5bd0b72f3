package io.github.chancery.examples.validate;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.imports.ImportWarning;
import io.github.chancery.imports.Importer;
import io.github.chancery.imports.Importers;
import io.github.chancery.json.ChanceryJson;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates JSON dossiers and record files (NDJSON, or a JSON array of records) and prints the
 * consistency report of each.
 *
 * <pre>
 * usage: validate [--json] [--popolo | --format NAME] [--stream-above BYTES] FILE...
 *        validate --help
 * </pre>
 *
 * <p>Exits with 0 when no file has an error, 1 when one has (an invalid record, or an error of
 * the consistency report), and 2 when a file cannot be read (missing, or not JSON) or the
 * arguments are wrong. Reports are human-readable by default; {@code --json} prints one JSON
 * object per file and line. Progress goes to standard error for files over 4 MB. Record files
 * larger than {@code --stream-above} (64 MB by default) are checked one record at a time, in
 * memory that does not grow with the size of the records. Popolo files (detected, or all files
 * with {@code --popolo}) are imported into a dossier; what the import repaired or could not map is
 * listed before the report, and does not change the exit status. Files of a published format
 * ({@code --format un-digital-library}, or detected by their CSV header, or, for the Open States
 * scrapers' JSON, by their keys) are imported by that format's importer, and with {@code --format}
 * a folder is imported whole; what it could not map is listed, with file, line and column, before
 * the report of what it imported.
 */
public final class ValidatorCommand {
  /** Exit status: no errors. */
  public static final int VALID = 0;
  /** Exit status: at least one error. */
  public static final int INVALID = 1;
  /** Exit status: unreadable input or wrong arguments. */
  public static final int UNREADABLE = 2;

  static final long PROGRESS_ABOVE = 4L * 1024 * 1024;
  static final long STREAM_ABOVE = 64L * 1024 * 1024;

  private ValidatorCommand() {}

  /**
   * Runs the validator and exits with its status.
   *
   * @param args the options and files
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the validator.
   *
   * @param args the options and files
   * @param out where reports go
   * @param err where progress and usage go
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    boolean asJson = false;
    boolean popolo = false;
    Importer format = null;
    long streamAbove = STREAM_ABOVE;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        out.print(HELP);
        return VALID;
      } else if (args[i].equals("--json")) {
        asJson = true;
      } else if (args[i].equals("--popolo")) {
        popolo = true;
      } else if (args[i].equals("--format") && i + 1 < args.length) {
        String name = args[++i];
        format = Importers.named(name).orElse(null);
        if (format == null) {
          return usage(err, "unknown format " + name + "; the formats are " + String.join(", ", Importers.names()));
        }
      } else if (args[i].equals("--stream-above") && i + 1 < args.length) {
        try {
          streamAbove = Long.parseLong(args[++i]);
        } catch (NumberFormatException e) {
          return usage(err, "--stream-above needs a number of bytes");
        }
      } else if (args[i].startsWith("--")) {
        return usage(err, "unknown option " + args[i]);
      } else {
        files.add(args[i]);
      }
    }
    if (files.isEmpty()) {
      return usage(err, "no file to validate");
    }
    RecordValidator validator = new RecordValidator(streamAbove, PROGRESS_ABOVE, err);
    if (popolo && format != null) {
      return usage(err, "--popolo and --format exclude each other");
    }
    if (popolo) {
      validator.popolo();
    }
    if (format != null) {
      validator.format(format);
    }
    ChanceryJson json = ChanceryJson.strict();
    int status = VALID;
    for (String file : files) {
      FileCheck check = validator.check(Paths.get(file));
      if (asJson) {
        out.println(toJson(json, check));
      } else {
        print(check, out);
      }
      if (check.unreadable != null) {
        status = UNREADABLE;
      } else if (check.hasErrors() && status == VALID) {
        status = INVALID;
      }
    }
    return status;
  }

  private static void print(FileCheck check, PrintStream out) {
    if (check.unreadable != null) {
      out.println(check.file + ": unreadable: " + check.unreadable);
      return;
    }
    out.println(check.file + ": " + check.format + ", " + String.format("%,d", check.records) + " records");
    if (check.noteCount > 0) {
      out.println(String.format("%,d", check.noteCount) + " Popolo warning" + (check.noteCount == 1 ? "" : "s")
          + " (repaired, or not mapped):");
      check.notes.forEach(note -> out.println("  " + note));
      if (check.noteCount > check.notes.size()) {
        out.println("  ... and " + String.format("%,d", check.noteCount - check.notes.size()) + " more");
      }
    }
    if (check.importWarningCount > 0) {
      out.println(String.format("%,d", check.importWarningCount) + " import warning" + (check.importWarningCount == 1 ? "" : "s")
          + " (not mapped, or mapped otherwise):");
      check.importWarnings.forEach(warning -> out.println("  " + warning));
      if (check.importWarningCount > check.importWarnings.size()) {
        out.println("  ... and " + String.format("%,d", check.importWarningCount - check.importWarnings.size()) + " more");
      }
    }
    out.println(check.report());
  }

  /** One object per file: the report's JSON with the file, its format and its record count first. */
  private static String toJson(ChanceryJson json, FileCheck check) {
    String head = "{\"file\":" + quote(check.file) + ",\"format\":" + quote(check.format);
    if (check.unreadable != null) {
      return head + ",\"unreadable\":" + quote(check.unreadable) + "}";
    }
    ConsistencyReport report = check.report();
    StringBuilder notes = new StringBuilder();
    if (check.noteCount > 0) {
      notes.append("\"popolo_warnings\":[");
      for (int i = 0; i < check.notes.size(); i++) {
        notes.append(i == 0 ? "" : ",").append("{\"path\":").append(quote(check.notes.get(i).path()))
            .append(",\"message\":").append(quote(check.notes.get(i).message())).append('}');
      }
      notes.append("],");
    }
    if (check.importWarningCount > 0) {
      notes.append("\"import_warnings\":[");
      for (int i = 0; i < check.importWarnings.size(); i++) {
        ImportWarning warning = check.importWarnings.get(i);
        notes.append(i == 0 ? "" : ",").append("{\"file\":").append(quote(warning.file()))
            .append(",\"line\":").append(warning.line().orElse(0))
            .append(",\"column\":").append(warning.column().map(ValidatorCommand::quote).orElse("null"))
            .append(",\"code\":").append(quote(warning.code().code()))
            .append(",\"message\":").append(quote(warning.message())).append('}');
      }
      notes.append("],");
    }
    return head + ",\"records\":" + check.records + "," + notes + json.writeReport(report).substring(1);
  }

  /** A JSON string literal. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"':
          quoted.append("\\\"");
          break;
        case '\\':
          quoted.append("\\\\");
          break;
        default:
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }

  private static final String USAGE = "usage: validate [--json] [--popolo | --format NAME] [--stream-above BYTES] FILE...";

  private static final String HELP =
      USAGE + "\n"
          + "Checks JSON dossiers, record files (NDJSON, or a JSON array of records) and Popolo files, and\n"
          + "prints the consistency report of each.\n"
          + "\n"
          + "  --json                one JSON object per file, for machines\n"
          + "  --popolo              read every file as Popolo (otherwise detected)\n"
          + "  --format NAME         import every file, or folder, with a published format's importer\n"
          + "                        (otherwise detected by a CSV header, or a scrape's JSON keys):\n"
          + "                        " + String.join(", ", Importers.names()) + "\n"
          + "  --stream-above BYTES  check record files larger than this one record at a time\n"
          + "                        (default " + STREAM_ABOVE + ", 64 MB)\n"
          + "  --help, -h            print this and exit\n"
          + "\n"
          + "Exit status: 0 when no file has an error, 1 when one has, 2 when a file cannot be read or\n"
          + "the arguments are wrong.\n";

  private static int usage(PrintStream err, String problem) {
    err.println("validate: " + problem);
    err.println(USAGE);
    err.println("       validate --help");
    return UNREADABLE;
  }
}
