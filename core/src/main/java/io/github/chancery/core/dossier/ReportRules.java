package io.github.chancery.core.dossier;

import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.record.SharedNames;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The consistency rules between reports and their dates: two reports of one act that differ, one
 * identifier claimed by two records, and a note protesting an act dated after it.
 */
final class ReportRules {
  private final CheckContext context;

  ReportRules(CheckContext context) {
    this.context = context;
  }

  void protest(ProtestNote note, String at) {
    if (note.date().isEmpty()) {
      return;
    }
    PartialDate sent = note.date().get();
    for (int i = 0; i < note.protestedActs().size(); i++) {
      Optional<ChanceryRecord> act = context.dossier().get(note.protestedActs().get(i).id());
      Optional<PartialDate> done = act.flatMap(ChanceryRecord::actDate);
      if (done.isPresent() && sent.isDefinitelyBefore(done.get())) {
        context.add(
            FindingCode.PROTEST_BEFORE_ACT,
            note,
            at + ProtestNote.PROTESTED_ACTS.at(i),
            "the note of " + sent + " protests '" + act.get().id() + "', dated " + done.get());
      }
    }
  }

  /**
   * Two records claiming one identifier of another register are probably one act or actor
   * recorded twice, unless one says it is another report of the other.
   */
  void sharedIdentifiers() {
    Dossier dossier = context.dossier();
    for (ChanceryRecord record : dossier.records()) {
      for (int k = 0; k < record.identifiers().size(); k++) {
        Identifier identifier = record.identifiers().get(k);
        List<ChanceryRecord> holders = dossier.withIdentifier(identifier);
        if (holders.size() < 2 || holders.get(0) == record) {
          continue; // reported once, on each later holder
        }
        ChanceryRecord first = holders.get(0);
        if (CheckContext.sameAct(record, first)) {
          continue;
        }
        context.add(
            FindingCode.DUPLICATE_IDENTIFIER,
            record,
            Dossier.at(dossier.positionOf(record.id()).getAsInt()) + SharedNames.IDENTIFIERS.at(k),
            "'" + identifier + "' is also the identifier of " + first.recordType() + " '" + first.id() + "'");
      }
    }
  }

  void otherReport(ChanceryRecord record, String at) {
    Optional<Reference<?>> other = Dossier.otherReportOf(record);
    if (other.isEmpty()) {
      return;
    }
    Optional<ChanceryRecord> first = context.dossier().get(other.get().id());
    if (first.isEmpty() || first.get().recordType() != record.recordType()) {
      return; // reported as a reference problem
    }
    List<String> differences = new ArrayList<>();
    differ(differences, "date", record.actDate(), first.get().actDate());
    if (record instanceof Vote) {
      Vote vote = (Vote) record;
      Vote earlier = (Vote) first.get();
      if (!vote.result().equals(earlier.result())) {
        differences.add(
            "result " + vote.result().map(Object::toString).orElse("not declared") + " and "
                + earlier.result().map(Object::toString).orElse("not declared"));
      }
      for (Count count : vote.counts()) {
        if (count.group().isEmpty()) {
          OptionalInt before = earlier.count(count.option());
          if (before.isPresent() && before.getAsInt() != count.value()) {
            differences.add("'" + count.option() + "' " + count.value() + " and " + before.getAsInt());
          }
        }
      }
    } else if (record instanceof Treaty) {
      differ(differences, "entry into force", ((Treaty) record).entryIntoForce(), ((Treaty) first.get()).entryIntoForce());
      TreatyRules.participantDifferences((Treaty) record, (Treaty) first.get(), differences);
    } else if (record instanceof Motion) {
      Optional<String> identifier = ((Motion) record).identifier();
      Optional<String> earlier = ((Motion) first.get()).identifier();
      if (identifier.isPresent() && earlier.isPresent() && !identifier.equals(earlier)) {
        differences.add("identifier " + identifier.get() + " and " + earlier.get());
      }
    }
    if (!differences.isEmpty()) {
      context.add(
          FindingCode.CONFLICTING_REPORTS,
          record,
          at + SharedNames.OTHER_REPORT_OF.name(),
          "'" + record.id() + "' (" + sourcesOf(record) + ") and '" + first.get().id() + "' ("
              + sourcesOf(first.get()) + ") report the same act differently: "
              + String.join("; ", differences));
    }
  }

  private static void differ(List<String> differences, String what, Optional<PartialDate> a, Optional<PartialDate> b) {
    if (a.isPresent() && b.isPresent() && !a.get().mayCoincideWith(b.get())) {
      differences.add(what + " " + a.get() + " and " + b.get());
    }
  }

  private static String sourcesOf(ChanceryRecord record) {
    return record.sources().isEmpty()
        ? "no source"
        : "per " + record.sources().stream().map(Objects::toString).collect(Collectors.joining(", "));
  }
}
