package io.github.chancery.imports;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.diplomacy.Position;
import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.ParticipantActionKind;
import io.github.chancery.core.treaty.Treaty;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the rows of one UN Treaty Collection status table to one treaty's participant actions, the
 * participants and the file's source. The treaty is written last, when the table has been read.
 * Not thread-safe.
 */
final class UntcMapper {
  static final String PUBLISHER = "United Nations Treaty Collection (Office of Legal Affairs, Treaty Section)";
  static final String MTDSG_SCHEME = "untc-mtdsg-no";
  static final String EU_ID = "organization-european-union";
  private static final Pattern ALPHA_3 = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern SUPERSCRIPT = Pattern.compile("<superscript>\\s*([^<]*?)\\s*</superscript>");
  private static final Pattern TRAILING_FOOTNOTES = Pattern.compile("^(.*?[^\\d\\s,])\\s*(\\d+(?:\\s*,\\s*\\d+)*)$");
  private static final Pattern DATE = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3}) (\\d{4})(?: (\\S+))?");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private final UntcLayout layout;
  private final ImportSink sink;
  private final Warnings warnings;
  private final Source source;
  private final Reference<Source> fileSource;
  private final String stem;
  private final Map<String, ChanceryRecord> participants = new LinkedHashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final List<ParticipantAction> actions = new ArrayList<>();
  private final Map<String, Reference<? extends Actor>> byName = new LinkedHashMap<>();
  private final List<Statement> statements = new ArrayList<>();
  private final UntcNotes notes;

  UntcMapper(String fileName, UntcLayout layout, ImportSink sink, UntcNotes notes) {
    this.layout = layout;
    this.notes = notes;
    this.sink = sink;
    this.warnings = sink.warnings;
    String base = fileName.replaceAll("^.*[/\\\\]", "");
    this.stem = stemOf(base);
    this.source =
        Source.builder()
            .id("source-untc-" + UndlMapper.slug(stem))
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", "UN Treaty Collection status table (" + base + ")"))
            .publisher(PUBLISHER)
            .url(URI.create("https://treaties.un.org/"))
            .build();
    this.fileSource = Reference.of(source);
  }

  /**
   * The treaty's MTDSG number from a file's name: without its extension, and without the language
   * of the Collection's XML ({@code XXVII-7-d.en.xml} and {@code XXVII-7-d.csv} both give {@code
   * XXVII-7-d}).
   */
  static String stemOf(String fileName) {
    String base = fileName.replaceAll("^.*[/\\\\]", "");
    String stem = base.replaceFirst("\\.[^.]*$", "").strip();
    if (base.toLowerCase(Locale.ROOT).endsWith(".xml")) {
      stem = stem.replaceFirst("\\.(?:en|fr|es|ar|ru|zh)$", "");
    }
    return stem.isEmpty() ? base : stem;
  }

  /** Maps one row: the participant, then each column of acts in header order. */
  void row(long line, List<String> fields) throws IOException {
    String cell = collapse(fields.get(layout.participant));
    if (cell.isEmpty()) {
      warnings.add(line, layout.participantName, ImportWarningCode.MISSING_VALUE, "no participant: the row is not mapped");
      return;
    }
    List<String> footnotes = new ArrayList<>();
    Matcher sup = SUPERSCRIPT.matcher(cell);
    while (sup.find()) {
      footnotes.add(sup.group(1));
    }
    cell = collapse(sup.replaceAll(" "));
    boolean bracketed = cell.startsWith("[") && cell.endsWith("]");
    if (bracketed) {
      cell = collapse(cell.substring(1, cell.length() - 1));
    }
    Matcher trailing = TRAILING_FOOTNOTES.matcher(cell);
    if (trailing.matches()) {
      cell = trailing.group(1).strip();
      footnotes.add(trailing.group(2).replaceAll("\\s+", ""));
    }
    if (!seen.add(UntcParticipants.key(cell))) {
      warnings.add(line, layout.participantName, ImportWarningCode.DUPLICATE_ROW,
          "a second row for " + cell + ": not mapped, a participant has one row");
      return;
    }
    List<String> numbers = new ArrayList<>();
    for (String group : footnotes) {
      for (String number : group.split(",")) {
        if (!number.isBlank()) {
          numbers.add(number.strip());
        }
      }
    }
    List<UntcNotes.Withdrawal> withdrawals = new ArrayList<>();
    for (String number : numbers) {
      footnote(line, cell, number, withdrawals);
    }
    List<PendingAct> acts = new ArrayList<>();
    for (UntcLayout.ActColumn column : layout.acts) {
      PendingAct act = act(line, column, fields.get(column.index), cell, !withdrawals.isEmpty());
      if (act != null) {
        acts.add(act);
      }
    }
    Reference<? extends Actor> who = participant(line, cell, acts.isEmpty() ? null : acts.get(0).date);
    byName.put(UntcParticipants.key(cell), who);
    for (PendingAct act : acts) {
      actions.add(ParticipantAction.of(who, act.kind, act.date));
    }
    for (UntcNotes.Withdrawal withdrawal : withdrawals) {
      PendingAct consent = acts.stream().filter(a -> a.kind.bindsParticipant()).findFirst().orElse(null);
      if (consent != null && withdrawal.notified.isDefinitelyBefore(consent.date)) {
        // the table shows a participant's latest consent only: the one it withdrew from is not in it
        warnings.add(line, layout.participantName, ImportWarningCode.NOT_MAPPED,
            "the " + withdrawal.kind + " of " + who + " notified on " + withdrawal.notified + " precedes the consent the table shows ("
                + consent.date + "): the table gives only the latest consent, so the one withdrawn from is not recorded and the "
                + "consistency report will find a withdrawal by a non-party");
      }
      ParticipantAction action = ParticipantAction.of(who, withdrawal.kind, withdrawal.notified);
      actions.add(withdrawal.effective == null ? action : action.withEffectiveOn(withdrawal.effective));
    }
    if (bracketed && withdrawals.isEmpty()) {
      warnings.add(line, layout.participantName, ImportWarningCode.NOT_MAPPED,
          cell + " is between brackets, a participant that has withdrawn: the date of withdrawal is only in a footnote "
              + (notes.present() ? "and none of its footnotes in " + notes.fileName + " reports one" : "and no notes file was given")
              + ", so no withdrawal is recorded; its acts in the table are kept");
    }
  }

  /**
   * Reads one footnote of a participant: the withdrawals or denunciations it reports are added; any
   * other note (a territorial application, a predecessor's act) is reported with its first words.
   */
  private void footnote(long line, String who, String number, List<UntcNotes.Withdrawal> withdrawals) {
    if (!notes.present()) {
      warnings.add(line, layout.participantName, ImportWarningCode.NOT_MAPPED,
          "footnote " + number + " on " + who + ": its text (a declaration, reservation, withdrawal or succession) is not in the "
              + "table, and no notes file was given beside it; it is not imported");
      return;
    }
    UntcNotes.Text note = notes.endNotes.get(number);
    if (note == null) {
      warnings.add(line, layout.participantName, ImportWarningCode.MISSING_VALUE,
          "footnote " + number + " on " + who + " is not among the end notes of " + notes.fileName + "; it is not imported");
      return;
    }
    List<UntcNotes.Withdrawal> found = UntcNotes.withdrawals(note.text);
    if (found.isEmpty()) {
      String words = note.text.length() > 80 ? note.text.substring(0, 77) + "..." : note.text;
      warnings.add(notes.fileName, note.line, null, ImportWarningCode.NOT_MAPPED,
          "end note " + number + " (on " + who + ") reports no withdrawal or denunciation with its date: '" + words
              + "' is not imported");
    }
    withdrawals.addAll(found);
  }

  private static final class PendingAct {
    final ParticipantActionKind kind;
    final PartialDate date;

    PendingAct(ParticipantActionKind kind, PartialDate date) {
      this.kind = kind;
      this.date = date;
    }
  }

  /** The act of one cell, or null (with a warning when the cell is not blank and cannot be read). */
  private PendingAct act(long line, UntcLayout.ActColumn column, String raw, String who, boolean withdrawalRecorded) {
    String text = collapse(raw);
    if (text.isEmpty()) {
      return null;
    }
    boolean bracketed = text.startsWith("[") && text.endsWith("]");
    if (bracketed) {
      text = collapse(text.substring(1, text.length() - 1));
    }
    Matcher m = DATE.matcher(text);
    PartialDate date = null;
    if (m.matches()) {
      int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
      try {
        date = month == 0 ? null : PartialDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      } catch (RuntimeException notADay) {
        date = null;
      }
    }
    if (date == null) {
      warnings.add(line, column.name, ImportWarningCode.UNREADABLE_DATE,
          "'" + raw.strip() + "' of " + who + " is not a date such as 22 Apr 2016 (with an optional marker): the act is not mapped; "
              + "the row's other acts are kept");
      return null;
    }
    String marker = m.group(4);
    ParticipantActionKind kind = marker == null ? column.unmarked : column.marked.get(marker);
    if (kind == null) {
      warnings.add(line, column.name, ImportWarningCode.UNKNOWN_CODE,
          (marker == null ? "a date without a marker, and the header names no unmarked act"
              : "the marker '" + marker + "' is not one the header names (markers are case-sensitive)")
              + ": the act of " + who + " on " + date + " is not mapped; the row's other acts are kept");
      return null;
    }
    if (bracketed && !withdrawalRecorded) {
      warnings.add(line, column.name, ImportWarningCode.NOT_MAPPED,
          "the act of " + who + " on " + date + " is between brackets, since withdrawn: it is kept, the withdrawal (in a footnote) is not");
    }
    return new PendingAct(kind, date);
  }

  /** The participant's record, written the first time: the EU an organisation, a state by code or name. */
  private Reference<? extends Actor> participant(long line, String name, PartialDate date) throws IOException {
    String key = UntcParticipants.key(name);
    if (key.equals(UntcParticipants.EUROPEAN_UNION) || key.equals("euu")) {
      return Reference.of(organization(key.equals("euu") ? "European Union" : name));
    }
    CountryCode code = null;
    String problem = null;
    if (ALPHA_3.matcher(name).matches()) {
      try {
        code = date == null ? CountryCode.ofAlpha3(name) : CountryCode.ofAlpha3(name, date);
      } catch (RuntimeException unresolved) {
        problem = unresolved.getMessage();
      }
    } else {
      String alpha2 = UntcParticipants.alpha2(name);
      if (alpha2 != null) {
        code = CountryCode.of(alpha2);
      } else {
        problem = "'" + name + "' is not in the importer's table of participant names (docs/import.md); give its alpha-3 code";
      }
    }
    if (problem != null) {
      warnings.add(line, layout.participantName, ImportWarningCode.UNRESOLVED_COUNTRY_CODE,
          problem + "; its acts are kept, by a state without a country code");
    }
    String id = code == null ? "state-untc-" + UndlMapper.slug(name) : "state-" + code.code().toLowerCase(Locale.ROOT);
    ChanceryRecord known = participants.get(id);
    if (known == null) {
      State.Builder state = State.builder().id(id).name(MultilingualText.of("en", name)).addSources(fileSource);
      if (code != null) {
        state.countryCode(code);
      }
      known = state.build();
      participants.put(id, known);
      write(known);
    }
    return Reference.of((State) known);
  }

  private Organization organization(String name) throws IOException {
    ChanceryRecord known = participants.get(EU_ID);
    if (known == null) {
      known = Organization.builder()
          .id(EU_ID)
          .name(MultilingualText.of("en", name))
          .abbreviation("EU")
          .kind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
          .addSources(fileSource)
          .build();
      participants.put(EU_ID, known);
      write(known);
    }
    return (Organization) known;
  }

  private boolean sourceWritten;

  private void write(ChanceryRecord record) throws IOException {
    if (!sourceWritten) {
      sourceWritten = true;
      sink.add(source);
    }
    sink.add(record);
  }

  /** Writes the treaty, with every act read, and checks it with its participants. */
  void finish() throws IOException {
    Treaty.Builder treaty =
        Treaty.builder()
            .id("treaty-untc-" + UndlMapper.slug(stem))
            .title(MultilingualText.of("en", stem))
            .addIdentifiers(Identifier.of(MTDSG_SCHEME, stem))
            .addSources(fileSource);
    for (ParticipantAction action : actions) {
      treaty.addParticipantActions(action);
    }
    Treaty built = treaty.build();
    if (!sourceWritten) {
      sourceWritten = true;
      sink.add(source);
    }
    sink.add(built);
    declarations(Reference.of(built));
    for (Statement statement : statements) {
      sink.add(statement);
    }
    List<ChanceryRecord> around = new ArrayList<>();
    around.add(source);
    around.addAll(participants.values());
    around.add(built);
    around.addAll(statements);
    Set<String> checked = new HashSet<>();
    checked.add(built.id());
    statements.forEach(statement -> checked.add(statement.id()));
    sink.voteDone(around, checked);
  }

  /**
   * The declarations and reservations section: a line naming a participant of the table starts its
   * text, a label ("Declaration:", "Reservation:") starts a new statement of that stance; each
   * statement is the participant's, concerning the treaty, with the text as its summary. The
   * section's text before the first participant (its "Unless otherwise indicated" preface) is not a
   * statement.
   */
  private void declarations(Reference<Treaty> treaty) {
    Reference<? extends Actor> author = null;
    String authorName = null;
    Stance stance = Stance.DECLARES;
    StringBuilder text = new StringBuilder();
    for (UntcNotes.Text line : notes.declarations) {
      String name = line.text.replaceAll("^\\[|\\]$", "").replaceAll("\\s*\\d+(?:\\s*,\\s*\\d+)*$", "").strip();
      Reference<? extends Actor> named = byName.get(UntcParticipants.key(name));
      Stance labelled = UntcNotes.label(line.text);
      if (named != null) {
        statement(author, authorName, stance, text, treaty);
        author = named;
        authorName = name;
        stance = Stance.DECLARES;
      } else if (labelled != null) {
        statement(author, authorName, stance, text, treaty);
        stance = labelled;
        text.append(UntcNotes.afterLabel(line.text));
      } else if (author == null) {
        if (!line.text.startsWith("(")) {
          warnings.add(notes.fileName, line.line, null, ImportWarningCode.NOT_MAPPED,
              "text of the declarations section before any participant of the table is named: not imported");
        }
      } else {
        text.append(text.length() == 0 ? "" : " ").append(line.text);
      }
    }
    statement(author, authorName, stance, text, treaty);
  }

  /** Adds the statement collected so far, if there is text, and empties the text. */
  private void statement(Reference<? extends Actor> author, String authorName, Stance stance, StringBuilder text, Reference<Treaty> treaty) {
    if (author == null || text.length() == 0) {
      text.setLength(0);
      return;
    }
    String id = "statement-untc-" + UndlMapper.slug(stem) + "-" + UndlMapper.slug(authorName) + "-" + (statements.size() + 1);
    statements.add(
        Statement.builder()
            .id(id)
            .author(author)
            .addPositions(Position.of(stance, treaty))
            .summary(MultilingualText.of("en", text.toString()))
            .addSources(fileSource)
            .build());
    text.setLength(0);
  }

  private static String collapse(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
