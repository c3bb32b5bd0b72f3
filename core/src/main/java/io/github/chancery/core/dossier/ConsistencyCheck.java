package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.Signature;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The rules of the consistency report. Each rule looks at one record and what it refers to, and
 * never fails: what it cannot decide for lack of data (no rule, no counts, no dates, no
 * memberships recorded), it does not report.
 */
final class ConsistencyCheck {
  private final Dossier dossier;
  private final List<Finding> findings = new ArrayList<>();
  /** Person id to the offices they hold in each legislature, by legislature id. */
  private final Map<String, Map<String, List<Office>>> memberships = new HashMap<>();

  private ConsistencyCheck(Dossier dossier) {
    this.dossier = dossier;
    for (Person person : dossier.all(Person.class)) {
      for (Office office : person.offices()) {
        office.organization().ifPresent(
            body ->
                memberships
                    .computeIfAbsent(body.id(), id -> new HashMap<>())
                    .computeIfAbsent(person.id(), id -> new ArrayList<>())
                    .add(office));
      }
    }
  }

  static ConsistencyReport run(Dossier dossier, boolean references) {
    ConsistencyCheck check = new ConsistencyCheck(dossier);
    if (references) {
      check.findings.addAll(dossier.referenceProblems());
    }
    List<ChanceryRecord> records = dossier.records();
    for (int i = 0; i < records.size(); i++) {
      ChanceryRecord record = records.get(i);
      String at = "records[" + i + "].";
      switch (record.recordType()) {
        case VOTE:
          check.vote((Vote) record, at);
          break;
        case PROTEST_NOTE:
          check.protest((ProtestNote) record, at);
          break;
        case TREATY:
          check.signatures((Treaty) record, at);
          break;
        default:
          break; // no rule of its own beyond references and other reports
      }
      check.otherReport(record, at);
    }
    return ConsistencyReport.of(check.findings);
  }

  private void add(FindingCode code, ChanceryRecord record, String path, String message) {
    findings.add(Finding.of(code, path, message, record.id()));
  }

  // --- votes ---

  private void vote(Vote vote, String at) {
    Optional<Motion> motion = dossier.resolve(vote.motion(), Motion.class);
    Optional<Legislature> legislature =
        vote.legislature()
            .or(() -> motion.map(Motion::legislature))
            .flatMap(reference -> dossier.resolve(reference, Legislature.class));
    OptionalInt seats = legislature.map(Legislature::seatCount).orElse(OptionalInt.empty());

    if (vote.date().isPresent() && motion.flatMap(Motion::tabledOn).isPresent()) {
      PartialDate tabled = motion.get().tabledOn().get();
      if (vote.date().get().isDefinitelyBefore(tabled)) {
        add(
            FindingCode.VOTE_BEFORE_MOTION,
            vote,
            at + "date",
            "the vote of " + vote.date().get() + " is before motion '" + motion.get().id() + "' was tabled on " + tabled);
      }
    }

    long counted = vote.counts().stream().filter(c -> c.group().isEmpty()).mapToLong(Count::value).sum();
    if (seats.isPresent() && counted > seats.getAsInt()) {
      add(
          FindingCode.MORE_VOTES_THAN_SEATS,
          vote,
          at + "counts",
          counted + " votes are counted but " + legislature.get().id() + " has " + seats.getAsInt() + " seats");
    }

    countsAgainstBallots(vote, at);
    resultAgainstCounts(vote, at, seats);
    legislature.ifPresent(body -> ballotsOfMembers(vote, at, body));
  }

  private void countsAgainstBallots(Vote vote, String at) {
    if (vote.ballots().isEmpty()) {
      return;
    }
    Map<VoteOption, long[]> cast = new HashMap<>();
    for (Ballot ballot : vote.ballots()) {
      cast.computeIfAbsent(ballot.option(), option -> new long[1])[0]++;
    }
    for (int i = 0; i < vote.counts().size(); i++) {
      Count count = vote.counts().get(i);
      if (count.group().isPresent()) {
        continue;
      }
      long[] tally = cast.get(count.option());
      long ballots = tally == null ? 0 : tally[0];
      if (ballots != count.value()) {
        add(
            FindingCode.COUNTS_DISAGREE_WITH_BALLOTS,
            vote,
            at + "counts[" + i + "].value",
            "'" + count.option() + "' is counted " + count.value() + " but " + ballots
                + (ballots == 1 ? " ballot was" : " ballots were") + " cast for it");
      }
    }
  }

  private void resultAgainstCounts(Vote vote, String at, OptionalInt seats) {
    if (vote.rule().isEmpty()
        || !(vote.result().equals(VoteResult.ADOPTED) || vote.result().equals(VoteResult.REJECTED))) {
      return;
    }
    VotingRule rule = vote.rule().get();
    OptionalInt yes = vote.count(VoteOption.YES);
    OptionalInt no = vote.count(VoteOption.NO);
    Boolean adopted = null; // what the counts give, when they decide it
    String why = null;
    if (rule.equals(VotingRule.SIMPLE_MAJORITY) && yes.isPresent() && no.isPresent()) {
      adopted = yes.getAsInt() > no.getAsInt();
      why = yes.getAsInt() + " for and " + no.getAsInt() + " against";
    } else if (rule.equals(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING) && yes.isPresent() && no.isPresent()) {
      adopted = 3L * yes.getAsInt() >= 2L * (yes.getAsInt() + no.getAsInt());
      why = yes.getAsInt() + " of " + (yes.getAsInt() + no.getAsInt()) + " present and voting are for";
    } else if (rule.equals(VotingRule.ABSOLUTE_MAJORITY) && yes.isPresent() && seats.isPresent()) {
      adopted = 2L * yes.getAsInt() > seats.getAsInt();
      why = yes.getAsInt() + " for out of " + seats.getAsInt() + " seats";
    } else if (rule.equals(VotingRule.SECURITY_COUNCIL_SUBSTANTIVE) && yes.isPresent() && yes.getAsInt() < 9) {
      // Nine votes are necessary, not sufficient: a permanent member's veto can still reject.
      adopted = false;
      why = "only " + yes.getAsInt() + " affirmative votes, where nine are needed";
    } else if (rule.equals(VotingRule.CONCURRENT_MAJORITIES)) {
      Map<Reference<?>, int[]> groups = new LinkedHashMap<>();
      for (Count count : vote.counts()) {
        if (count.group().isPresent()) {
          int[] tally = groups.computeIfAbsent(count.group().get(), g -> new int[2]);
          if (count.option().equals(VoteOption.YES)) {
            tally[0] += count.value();
          } else if (count.option().equals(VoteOption.NO)) {
            tally[1] += count.value();
          }
        }
      }
      if (groups.size() >= 2) {
        adopted = groups.values().stream().allMatch(t -> t[0] > t[1]);
        why = "the majorities per group are " + groups.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()[0] + "-" + e.getValue()[1])
            .collect(Collectors.joining(", "));
      }
    }
    if (adopted != null && adopted != vote.isAdopted()) {
      add(
          FindingCode.RESULT_CONTRADICTS_COUNTS,
          vote,
          at + "result",
          "declared " + vote.result() + " under " + rule + ", but " + why);
    }
  }

  private void ballotsOfMembers(Vote vote, String at, Legislature legislature) {
    Map<String, List<Office>> members = memberships.get(legislature.id());
    if (members == null || members.isEmpty()) {
      return; // no memberships recorded for this body: nothing to check against
    }
    PartialDate date = vote.date().orElse(null);
    for (int i = 0; i < vote.ballots().size(); i++) {
      Reference<?> voter = vote.ballots().get(i).voter();
      if (dossier.get(voter.id(), Person.class).isEmpty()) {
        continue; // states and organisations have no recorded memberships
      }
      List<Office> offices = members.getOrDefault(voter.id(), List.of());
      boolean member = false;
      for (int o = 0; o < offices.size() && !member; o++) {
        member = date == null || offices.get(o).mayBeHeldOn(date);
      }
      if (!member) {
        add(
            FindingCode.BALLOT_FROM_NON_MEMBER,
            vote,
            at + "ballots[" + i + "].voter_id",
            "'" + voter + "' is not a recorded member of " + legislature.id()
                + vote.date().map(d -> " on " + d).orElse(""));
      }
    }
  }

  // --- protest notes ---

  private void protest(ProtestNote note, String at) {
    if (note.date().isEmpty()) {
      return;
    }
    PartialDate sent = note.date().get();
    for (int i = 0; i < note.protestedActs().size(); i++) {
      Optional<ChanceryRecord> act = dossier.get(note.protestedActs().get(i).id());
      Optional<PartialDate> done = act.flatMap(ChanceryRecord::actDate);
      if (done.isPresent() && sent.isDefinitelyBefore(done.get())) {
        add(
            FindingCode.PROTEST_BEFORE_ACT,
            note,
            at + "protested_act_ids[" + i + "]",
            "the note of " + sent + " protests '" + act.get().id() + "', dated " + done.get());
      }
    }
  }

  // --- treaties ---

  private void signatures(Treaty treaty, String at) {
    for (int i = 0; i < treaty.signatures().size(); i++) {
      Signature signature = treaty.signatures().get(i);
      Optional<Person> person = dossier.resolve(signature.signatory(), Person.class);
      if (signature.capacity().isEmpty() || person.isEmpty() || person.get().offices().isEmpty()) {
        continue; // nothing recorded to check the capacity against
      }
      String capacity = signature.capacity().get();
      boolean held =
          person.get().offices().stream()
              .anyMatch(
                  office ->
                      office.role().toLowerCase(Locale.ROOT).equals(capacity.toLowerCase(Locale.ROOT))
                          && office.organization().map(o -> o.equals(signature.onBehalfOf())).orElse(true)
                          && signature.date().map(office::mayBeHeldOn).orElse(true));
      if (!held) {
        add(
            FindingCode.SIGNATORY_NOT_IN_OFFICE,
            treaty,
            at + "signatures[" + i + "].signatory_id",
            "'" + person.get().id() + "' held no recorded office of " + capacity + " of '"
                + signature.onBehalfOf() + "'" + signature.date().map(d -> " on " + d).orElse(""));
      }
    }
  }

  // --- conflicting reports ---

  private void otherReport(ChanceryRecord record, String at) {
    Optional<Reference<?>> other = Dossier.otherReportOf(record);
    if (other.isEmpty()) {
      return;
    }
    Optional<ChanceryRecord> first = dossier.get(other.get().id());
    if (first.isEmpty() || first.get().recordType() != record.recordType()) {
      return; // reported as a reference problem
    }
    List<String> differences = new ArrayList<>();
    differ(differences, "date", record.actDate(), first.get().actDate());
    if (record instanceof Vote) {
      Vote vote = (Vote) record;
      Vote earlier = (Vote) first.get();
      if (!vote.result().equals(earlier.result())) {
        differences.add("result " + vote.result() + " and " + earlier.result());
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
    } else if (record instanceof Motion) {
      Optional<String> identifier = ((Motion) record).identifier();
      Optional<String> earlier = ((Motion) first.get()).identifier();
      if (identifier.isPresent() && earlier.isPresent() && !identifier.equals(earlier)) {
        differences.add("identifier " + identifier.get() + " and " + earlier.get());
      }
    }
    if (!differences.isEmpty()) {
      add(
          FindingCode.CONFLICTING_REPORTS,
          record,
          at + "other_report_of_id",
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
