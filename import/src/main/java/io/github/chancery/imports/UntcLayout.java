package io.github.chancery.imports;

import io.github.chancery.core.treaty.ParticipantActionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a UN Treaty Collection status table: the participant's, and the columns of acts,
 * each with the act its date means without a marker and the act of each marker its header names
 * ({@code Acceptance(A)}). Markers are case-sensitive. Immutable once read.
 */
final class UntcLayout {
  private static final Pattern MARKED = Pattern.compile("(.+?)\\s*\\(\\s*([A-Za-z]+)\\s*\\)");
  private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\d+(?:\\s*,\\s*\\d+)*$");

  /** One column of acts: its index, header, unmarked act (or null) and marked acts. */
  static final class ActColumn {
    final int index;
    final String name;
    final ParticipantActionKind unmarked;
    final Map<String, ParticipantActionKind> marked;

    ActColumn(int index, String name, ParticipantActionKind unmarked, Map<String, ParticipantActionKind> marked) {
      this.index = index;
      this.name = name;
      this.unmarked = unmarked;
      this.marked = marked;
    }
  }

  final int participant;
  final String participantName;
  final List<ActColumn> acts;
  final List<String> unknown;
  final List<String> undocumentedActs;

  private UntcLayout(int participant, String participantName, List<ActColumn> acts, List<String> unknown, List<String> undocumentedActs) {
    this.participant = participant;
    this.participantName = participantName;
    this.acts = acts;
    this.unknown = unknown;
    this.undocumentedActs = undocumentedActs;
  }

  /** Reads a header, or returns null when it lacks the participant column or every column of acts. */
  static UntcLayout of(List<String> header) {
    int participant = -1;
    List<ActColumn> acts = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> undocumented = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).strip();
      String plain = FOOTNOTE.matcher(name).replaceFirst("").toLowerCase(Locale.ROOT);
      if (participant < 0 && plain.startsWith("participant")) {
        participant = i;
        continue;
      }
      ActColumn column = actColumn(i, name, undocumented);
      if (column == null) {
        unknown.add(name);
      } else {
        acts.add(column);
      }
    }
    if (participant < 0 || acts.stream().noneMatch(c -> !c.marked.isEmpty() || c.unmarked != ParticipantActionKind.SIGNATURE)) {
      return null;
    }
    return new UntcLayout(participant, header.get(participant).strip(), List.copyOf(acts), List.copyOf(unknown), List.copyOf(undocumented));
  }

  /** The header's parts, comma-separated, as acts; null when a part is neither a known act nor marked. */
  private static ActColumn actColumn(int index, String name, List<String> undocumented) {
    if (name.isEmpty()) {
      return null;
    }
    ParticipantActionKind unmarked = null;
    Map<String, ParticipantActionKind> marked = new LinkedHashMap<>();
    List<String> found = new ArrayList<>();
    for (String part : name.split(",")) {
      String text = part.strip();
      Matcher m = MARKED.matcher(text);
      if (m.matches()) {
        ParticipantActionKind kind = known(m.group(1));
        if (kind == null) {
          kind = ParticipantActionKind.of(UndlMapper.slug(m.group(1)));
          found.add(m.group(1).strip());
        }
        marked.put(m.group(2), kind);
      } else {
        ParticipantActionKind kind = known(text);
        if (kind == null || unmarked != null) {
          return null;
        }
        unmarked = kind;
      }
    }
    undocumented.addAll(found);
    return new ActColumn(index, name, unmarked, Map.copyOf(marked));
  }

  /** The act a header part names, or null when it is not one of the acts the UN Treaty Collection lists. */
  static ParticipantActionKind known(String text) {
    switch (FOOTNOTE.matcher(text.strip()).replaceFirst("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "signature":
        return ParticipantActionKind.SIGNATURE;
      case "definitive signature":
        return ParticipantActionKind.DEFINITIVE_SIGNATURE;
      case "ratification":
        return ParticipantActionKind.RATIFICATION;
      case "acceptance":
        return ParticipantActionKind.ACCEPTANCE;
      case "approval":
        return ParticipantActionKind.APPROVAL;
      case "accession":
        return ParticipantActionKind.ACCESSION;
      case "succession":
        return ParticipantActionKind.SUCCESSION;
      default:
        return null;
    }
  }

  /** Warns of the columns not imported and of the acts the model does not list. */
  void warn(Warnings warnings) {
    for (String column : unknown) {
      warnings.add(1, column, ImportWarningCode.UNKNOWN_COLUMN,
          "the column is neither the participant nor a column of acts; its values are not imported");
    }
    for (String act : undocumentedActs) {
      warnings.add(1, null, ImportWarningCode.UNDOCUMENTED_VALUE,
          "the header names the act '" + act + "', which is not one of the kinds of act Chancery lists; it is kept as the open kind "
              + UndlMapper.slug(act));
    }
  }
}
