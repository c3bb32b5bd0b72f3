package io.github.chancery.imports;

import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.ParticipantActionKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text sections of a UN Treaty Collection status page, saved beside its table as
 * {@code <MTDSG number>.notes.txt}: "Declarations and Reservations" (each participant's name on a
 * line of its own, then its text, labelled {@code Declaration:} or {@code Reservation:}) and "End
 * Notes" (numbered notes, the numbers the table puts on participants). Read once, before the table.
 * Not thread-safe.
 */
final class UntcNotes {
  private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})[.)]?\\s+(\\S.*)$");
  private static final Pattern LABEL = Pattern.compile("^(declarations?|reservations?|reservations? and declarations?|declarations? and reservations?)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final String DAY_MONTH_YEAR = "(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4})";
  private static final Pattern NOTIFIED_ON = Pattern.compile("\\bOn\\s+" + DAY_MONTH_YEAR);
  private static final Pattern TAKES_EFFECT =
      Pattern.compile("(?:(?:took|take|takes|taking) effect|(?:become|became|becomes) effective|effective)(?:\\s+for\\s+[^,.;]{1,60}?)?"
          + "\\s+(?:on|as (?:of|from)|from)\\s+" + DAY_MONTH_YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHDRAWS = Pattern.compile("\\bwithdr[ae]w|\\bwithdrawal\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DENOUNCES = Pattern.compile("\\bdenunciation\\b|\\bdenounc", Pattern.CASE_INSENSITIVE);
  private static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

  /** A text of the notes file and the line it starts on: an end note (its lines joined) or a line of the declarations. */
  static final class Text {
    final long line;
    final String text;

    Text(long line, String text) {
      this.line = line;
      this.text = text;
    }
  }

  /** A withdrawal or denunciation an end note reports: notified on a date, in effect from another. */
  static final class Withdrawal {
    final ParticipantActionKind kind;
    final PartialDate notified;
    final PartialDate effective;

    Withdrawal(ParticipantActionKind kind, PartialDate notified, PartialDate effective) {
      this.kind = kind;
      this.notified = notified;
      this.effective = effective;
    }
  }

  private enum Section { NONE, DECLARATIONS, END_NOTES, OTHER }

  final String fileName;
  final Map<String, Text> endNotes = new LinkedHashMap<>();
  final List<Text> declarations = new ArrayList<>();

  private UntcNotes(String fileName) {
    this.fileName = fileName;
  }

  /** No notes file: every footnote number stays a warning. */
  static UntcNotes none() {
    return new UntcNotes(null);
  }

  boolean present() {
    return fileName != null;
  }

  /** Reads a notes file (UTF-8, with or without a byte order mark), warning of what it cannot place. */
  static UntcNotes read(InputStream in, String fileName, Warnings warnings) throws IOException {
    UntcNotes notes = new UntcNotes(fileName);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Section section = Section.NONE;
    String number = null;
    long noteLine = 0;
    StringBuilder note = new StringBuilder();
    long line = 0;
    for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
      line++;
      String text = collapse(line == 1 && raw.startsWith("\ufeff") ? raw.substring(1) : raw);
      if (text.isEmpty()) {
        continue;
      }
      Section heading = heading(text);
      if (heading != null) {
        if (number != null) {
          notes.endNotes.put(number, new Text(noteLine, note.toString()));
          number = null;
        }
        section = heading;
        if (heading == Section.OTHER) {
          warnings.add(fileName, line, null, ImportWarningCode.NOT_MAPPED,
              "the section '" + text + "' is neither the declarations and reservations nor the end notes: its text is not imported");
        }
        continue;
      }
      switch (section) {
        case DECLARATIONS:
          notes.declarations.add(new Text(line, text));
          break;
        case END_NOTES:
          Matcher m = NOTE.matcher(text);
          if (m.matches()) {
            if (number != null) {
              notes.endNotes.put(number, new Text(noteLine, note.toString()));
            }
            number = m.group(1);
            noteLine = line;
            note.setLength(0);
            note.append(m.group(2));
          } else if (number != null) {
            note.append(' ').append(text);
          } else {
            warnings.add(fileName, line, null, ImportWarningCode.NOT_MAPPED,
                "a line of the end notes before the first numbered note: not imported");
          }
          break;
        case NONE:
          warnings.add(fileName, line, null, ImportWarningCode.NOT_MAPPED,
              "text before the first section heading ('Declarations and Reservations' or 'End Notes'): not imported");
          break;
        default:
          break;
      }
    }
    if (number != null) {
      notes.endNotes.put(number, new Text(noteLine, note.toString()));
    }
    return notes;
  }

  /** The section a heading line starts, or null when the line is not a heading. */
  private static Section heading(String text) {
    String plain = text.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "").strip();
    switch (plain) {
      case "declarations and reservations":
      case "reservations and declarations":
      case "declarations":
      case "reservations":
        return Section.DECLARATIONS;
      case "end notes":
      case "endnotes":
      case "notes":
      case "footnotes":
        return Section.END_NOTES;
      case "objections":
      case "territorial application":
      case "notifications":
      case "communications":
        return Section.OTHER;
      default:
        return plain.startsWith("notifications under") || plain.startsWith("objections") ? Section.OTHER : null;
    }
  }

  /**
   * The withdrawals and denunciations a note reports, one per sentence that says a participant
   * withdrew or denounced and gives the day it was notified ("On 4 November 2019, ... notified the
   * Secretary-General of its decision to withdraw ... which took effect on 4 November 2020"). Empty
   * when the note reports none, or gives no readable day of notification.
   */
  static List<Withdrawal> withdrawals(String note) {
    List<Withdrawal> found = new ArrayList<>();
    for (String sentence : sentences(note)) {
      boolean withdraws = WITHDRAWS.matcher(sentence).find();
      boolean denounces = DENOUNCES.matcher(sentence).find();
      Matcher on = NOTIFIED_ON.matcher(sentence);
      if ((!withdraws && !denounces) || !on.find()) {
        // a sentence of effect alone ("This action will become effective for Canada on ...") completes the one before
        Matcher effect = TAKES_EFFECT.matcher(sentence);
        if (effect.find() && !found.isEmpty() && found.get(found.size() - 1).effective == null) {
          Withdrawal last = found.remove(found.size() - 1);
          found.add(new Withdrawal(last.kind, last.notified, date(effect)));
        }
        continue;
      }
      PartialDate notified = date(on);
      if (notified == null) {
        continue;
      }
      Matcher effect = TAKES_EFFECT.matcher(sentence);
      PartialDate effective = effect.find() ? date(effect) : null;
      found.add(new Withdrawal(denounces && !withdraws ? ParticipantActionKind.DENUNCIATION : ParticipantActionKind.WITHDRAWAL,
          notified, effective));
    }
    return found;
  }

  /** Whether a declarations line is a label, and which stance its text takes. Null when it is not one. */
  static Stance label(String text) {
    Matcher m = LABEL.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return m.group(1).toLowerCase(Locale.ROOT).startsWith("reservation") ? Stance.RESERVES : Stance.DECLARES;
  }

  /** The text after a label on its own line ("Declaration: The Government..."), or empty. */
  static String afterLabel(String text) {
    Matcher m = LABEL.matcher(text);
    return m.matches() ? m.group(2).strip() : "";
  }

  private static List<String> sentences(String note) {
    // a sentence ends at a full stop followed by a capital, but not in "art. 28" or "U.S."
    return List.of(note.split("(?<=[a-z0-9)]{2}\\.)\\s+(?=[A-Z])"));
  }

  private static PartialDate date(Matcher m) {
    String month = m.group(2).toLowerCase(Locale.ROOT);
    int index = -1;
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).equals(month) || (month.length() == 3 && MONTHS.get(i).startsWith(month))) {
        index = i;
      }
    }
    if (index < 0) {
      return null;
    }
    try {
      return PartialDate.of(Integer.parseInt(m.group(3)), index + 1, Integer.parseInt(m.group(1)));
    } catch (RuntimeException notADay) {
      return null;
    }
  }

  private static String collapse(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
