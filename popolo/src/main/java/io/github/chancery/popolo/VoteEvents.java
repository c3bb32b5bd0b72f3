package io.github.chancery.popolo;

import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Popolo's vote events, as {@link Vote}s, with the votes and counts they hold and those the file
 * gives apart from them ({@code votes} and {@code counts} naming their {@code vote_event_id}),
 * wherever those stand in the file. A vote event read before the rest of the file is completed
 * once the file is read: with its motion's requirement as its rule, and with what was given apart
 * after it. A vote event given only embedded in votes is mapped from its first copy, and its
 * other copies compared with it.
 *
 * <p>Not thread-safe: one per import.
 */
final class VoteEvents extends Mapping {
  private static final Set<String> VOTE_EVENT_FIELDS =
      Set.of("id", "organization_id", "organization", "legislative_session_id", "legislative_session", "identifier", "motion_id", "motion",
          "start_date", "end_date", "result", "counts", "votes", "group_results", "sources");

  /** A vote or count read apart from its vote event: no tree is kept, only what it maps to and where it is. */
  private record Apart<T>(String path, int place, T value) {}

  /** A vote event mapped as soon as it was read, to complete once the file is read. */
  private record Streamed(String id, String path, int place) {}

  private final Motions motions;
  private final Sessions sessions;
  private final Tallies tallies;
  /** The (repaired or derived) ids of the vote events the file gives in full, known before any is mapped. */
  private final Set<String> given = new HashSet<>();
  /** Votes and counts given apart, mapped when read and kept by their vote event's (repaired) id until it takes them. */
  private final Map<String, List<Apart<Ballot>>> votesApart = new LinkedHashMap<>();
  private final Map<String, List<Apart<Count>>> countsApart = new LinkedHashMap<>();
  private final List<Streamed> streamed = new ArrayList<>();
  /** Vote events given only embedded in votes, mapped once the file is read if the file gives none of that id. */
  private final Map<String, PopoloObject> embeddedOnly = new LinkedHashMap<>();
  /** Later copies of those, each different from the first and from one another, compared with the vote event kept. */
  private final List<PopoloObject> copies = new ArrayList<>();
  private final Set<JsonTree> copyFields = new HashSet<>();

  VoteEvents(Shared shared, Motions motions, Sessions sessions) {
    super(shared);
    this.motions = motions;
    this.sessions = sessions;
    this.tallies = new Tallies(shared);
  }

  /** A vote event's result: Popolo's {@code pass} and {@code fail}, any other kept verbatim. */
  static VoteResult result(String popolo) {
    switch (popolo) {
      case "pass":
        return VoteResult.ADOPTED;
      case "fail":
        return VoteResult.REJECTED;
      default:
        return VoteResult.of(popolo);
    }
  }

  /** Notes the id of a vote event the file gives in full, before any is mapped. */
  void announce(PopoloObject event, int place) {
    String raw = Fields.text(event.fields(), "id");
    given.add(raw != null ? fields.id(raw, event.path("id"), place) : Ids.derived("vote-event", event.fields()));
  }

  @Override
  void map(Kind kind, PopoloObject object) {
    if (kind == Kind.VOTES) {
      voteApart(object);
    } else if (kind == Kind.COUNTS) {
      countApart(object);
    } else {
      voteEvent(object, true);
    }
  }

  /** Tells the motions which legislature each vote event collected puts its motion before. */
  void noteQueued() {
    forEachQueued(Kind.VOTE_EVENTS, motions::noteVoteEvent);
  }

  /** Maps a vote event as soon as it is read, keeping no tree of it: completed once the file is read. */
  void mapNow(PopoloObject event) {
    motions.noteVoteEvent(event);
    streamed.add(new Streamed(voteEvent(event, true), event.path(), event.place()));
  }

  /** A vote given apart from its vote event, mapped to its ballot at once. */
  private void voteApart(PopoloObject vote) {
    String event = references.id(vote, "vote_event", "vote_event_id", Kind.VOTE_EVENTS);
    if (event == null) {
      fields.warn(vote, vote.path(), "a vote without vote_event_id belongs to no vote event: not imported");
      return;
    }
    tallies.ballot(vote).ifPresent(b -> votesApart.computeIfAbsent(event, e -> new ArrayList<>()).add(new Apart<>(vote.path(), vote.place(), b)));
  }

  /** A count given apart from its vote event (Popolo's schema has no vote_event_id for it; exports add one). */
  private void countApart(PopoloObject count) {
    String event = references.id(count, "vote_event", "vote_event_id", Kind.VOTE_EVENTS);
    if (event == null) {
      fields.warn(count, count.path(), "a count without vote_event_id belongs to no vote event: not imported");
      return;
    }
    tallies.count(count).ifPresent(c -> countsApart.computeIfAbsent(event, e -> new ArrayList<>()).add(new Apart<>(count.path(), count.place(), c)));
  }

  /** A copy of a vote event embedded in a vote given apart: the first of each id is kept, later ones that differ compared with it. */
  void embedded(String id, PopoloObject copy) {
    PopoloObject first = embeddedOnly.putIfAbsent(id, copy);
    if (first != null && !first.fields().equals(copy.fields()) && copyFields.add(copy.fields())) {
      copies.add(copy);
    }
  }

  /** The vote events a motion gives in its {@code vote_events}: objects not given in full elsewhere, or ids the file should hold. */
  void ofMotion(PopoloObject motion, String id) {
    JsonTree events = motion.get("vote_events");
    if (events != null && events.isArray()) {
      List<JsonTree> elements = events.elements();
      for (int i = 0; i < elements.size(); i++) {
        JsonTree event = elements.get(i);
        String path = motion.path("vote_events") + "[" + i + "]";
        if (event.isObject()) {
          String eventId = Fields.text(event, "id");
          if (eventId != null && given.contains(fields.id(eventId, path + ".id", motion))) {
            continue; // given in full in the file's vote events
          }
          voteEvent(motion.part(path, event.with("motion_id", JsonTree.string(id))), true);
        } else if (event.isString()) {
          String eventId = fields.id(event.text(), path, motion);
          if (!given.contains(eventId) && !embeddedOnly.containsKey(eventId)) {
            fields.warn(motion, path, "the file holds no vote event '" + event.text() + "' of this motion");
          }
        } else {
          fields.warn(motion, path, "is " + event.describe() + ", a vote event or its id was expected: not imported");
        }
      }
    } else if (events != null && !events.isNull()) {
      fields.warn(motion, motion.path("vote_events"), "is " + events.describe() + ", an array was expected: not imported");
    }
  }

  /**
   * Maps a vote event and returns its id; {@code own} is false for a copy embedded in a vote, read
   * only to compare it with the vote event kept, which keeps the votes and counts given apart.
   */
  private String voteEvent(PopoloObject event, boolean own) {
    String raw = fields.idText(event, event.fields(), "id", event.path());
    String id = raw != null ? fields.id(raw, event.path("id"), event) : Ids.derived("vote-event", event.fields());
    if (raw == null) {
      fields.warn(event, event.path(), "the vote event has no id: it is read as '" + id + "', derived from its content, the same on every import");
    }
    String motion = motions.motionOf(event);
    JsonTree embedded = event.get("motion");
    if (embedded != null && embedded.isObject() && References.hasContent(embedded)) {
      // A copy, as any embedded object: a motion given in full in the file wins over it.
      JsonTree copy = embedded.with("id", JsonTree.string(motion));
      if (!copy.hasNonNull("organization_id") && event.fields().hasNonNull("organization_id")) {
        copy = copy.with("organization_id", event.get("organization_id"));
      }
      motions.motion(event.copy(event.path("motion"), copy));
    }
    ChanceryRecord kept = records.get(id);
    if (motion == null && !own && kept instanceof Vote) {
      motion = ((Vote) kept).motion().id(); // a copy that names no motion says nothing of it
    }
    if (motion == null) {
      motion = "motion-of-" + id;
      fields.warn(event, event.path(), "the vote event names no motion: its vote refers to motion '" + motion + "', which the file does not hold");
    }
    Vote.Builder built = Vote.builder().id(id).motion(Reference.to(motion));
    String organization = references.id(event, "organization", "organization_id", Kind.ORGANIZATIONS);
    if (organization != null) {
      built.legislature(Reference.to(organization));
    }
    String body = organization;
    String session = references.id(event, "legislative_session", "legislative_session_id", Kind.EVENTS,
        inner -> sessions.event(inner, SessionKind.SESSION, body));
    if (session != null) {
      built.session(Reference.to(session));
    }
    fields.optionalText(event, "identifier").ifPresent(built::identifier);
    date(event, built);
    String result = fields.scalar(event, "result");
    if (result != null) {
      fields.code(event.place(), event.path("result"), result, VoteEvents::result).ifPresent(built::result);
    }
    motions.rule(motion, event.place()).ifPresent(built::rule);
    Tally tally = new Tally(event.place());
    fields.array(event, "counts", (count, at) -> {
      PopoloObject inner = event.part(event.path("counts") + at, count);
      inside(inner, id, "count");
      tallies.count(inner).ifPresent(c -> tally.add(c, inner.path(), tally.place));
    });
    fields.array(event, "votes", (vote, at) -> {
      PopoloObject inner = event.part(event.path("votes") + at, vote);
      inside(inner, id, "vote");
      tallies.ballot(inner).ifPresent(b -> tally.add(b, inner.path(), tally.place));
    });
    // Votes and counts the file gives apart, read so far (the rest complete it once the file is read).
    if (own) {
      takeApart(id, tally);
    }
    built.addAllCounts(tally.counts).addAllBallots(tally.ballots).addAllSources(parts.sources(event));
    if (event.fields().hasNonNull("group_results")) {
      fields.unmapped(event.place(), Kind.VOTE_EVENTS.collection(), event.path("group_results"), "group_results");
    }
    known(event, Kind.VOTE_EVENTS, VOTE_EVENT_FIELDS);
    keep(event, built::build);
    return id;
  }

  /** The vote's date: the vote event's start; an end before it is warned, and an end is not mapped. */
  private void date(PopoloObject event, Vote.Builder built) {
    Optional<PartialDate> start = fields.date(event, "start_date");
    Optional<PartialDate> end = fields.date(event, "end_date");
    start.ifPresent(built::date);
    if (end.isPresent() && start.isPresent() && end.get().isDefinitelyBefore(start.get())) {
      fields.warn(event, event.path("end_date"), "end_date " + end.get() + " is before start_date " + start.get() + "; the vote keeps start_date as its date");
    }
    if (end.isPresent()) {
      fields.unmapped(event.place(), Kind.VOTE_EVENTS.collection(), event.path("end_date"), "end_date");
    }
  }

  /**
   * A vote or count given inside a vote event belongs to it: a {@code vote_event_id} (or embedded
   * {@code vote_event}) that names another is warned.
   */
  private void inside(PopoloObject inner, String event, String what) {
    String named = fields.idText(inner, inner.fields(), "vote_event_id", inner.path());
    String at = inner.path("vote_event_id");
    JsonTree embedded = inner.get("vote_event");
    if (named == null && embedded != null && embedded.isObject()) {
      named = fields.idText(inner, embedded, "id", inner.path("vote_event"));
      at = inner.path("vote_event.id");
    }
    if (named != null && !fields.id(named, at, inner).equals(event)) {
      fields.warn(inner, at, "names vote event '" + named + "', but the " + what + " is given inside vote event '" + event + "': it is read as a "
          + what + " of '" + event + "'");
    }
  }

  /** Takes the votes and counts given apart from vote event {@code id} that have been read. */
  private void takeApart(String id, Tally tally) {
    for (Apart<Count> count : countsApart.getOrDefault(id, List.of())) {
      tally.add(count.value(), count.path(), count.place());
    }
    for (Apart<Ballot> ballot : votesApart.getOrDefault(id, List.of())) {
      tally.add(ballot.value(), ballot.path(), ballot.place());
    }
    countsApart.remove(id);
    votesApart.remove(id);
  }

  /**
   * Once the file is read: completes the vote events read before the rest of it, maps those given
   * only embedded and compares their copies, and says what was given apart from a vote event the
   * file does not hold or that was not imported.
   */
  void complete() {
    streamed.forEach(this::complete);
    List<PopoloObject> compared = new ArrayList<>();
    embeddedOnly.forEach(
        (id, event) -> {
          if (!records.holds(id)) {
            motions.noteVoteEvent(event);
            voteEvent(event, true);
          } else {
            compared.add(event);
          }
        });
    // Copies compared with the vote event kept: what a copy says that the kept one does not is warned.
    compared.addAll(copies);
    compared.forEach(copy -> voteEvent(copy, false));
    orphans(votesApart, "vote");
    orphans(countsApart, "count");
  }

  /**
   * What a vote event read before the rest of the file could not have: its motion's requirement
   * as its rule, and votes and counts the file gives apart from it after it.
   */
  private void complete(Streamed event) {
    ChanceryRecord record = records.get(event.id());
    if (!(record instanceof Vote)) {
      return; // not imported, and said so
    }
    Vote vote = (Vote) record;
    Vote completed = vote;
    Optional<VotingRule> rule = motions.rule(vote.motion().id(), event.place());
    if (rule.isPresent() && !vote.rule().equals(rule)) {
      completed = completed.withRule(rule.get());
    }
    try {
      if (votesApart.containsKey(event.id()) || countsApart.containsKey(event.id())) {
        Tally tally = new Tally(event.place());
        vote.ballots().forEach(tally::keep);
        vote.counts().forEach(tally::keep);
        takeApart(event.id(), tally);
        completed = completed.withBallots(tally.ballots).withCounts(tally.counts);
      }
      records.replace(completed);
    } catch (ValidationException e) {
      fields.warn(event.place(), event.path(), "the votes and counts given apart from vote event '" + event.id() + "' are not imported: "
          + Fields.messages(e));
    }
  }

  /** Votes or counts whose vote event was not imported, or is not in the file. */
  private <T> void orphans(Map<String, List<Apart<T>>> apart, String what) {
    apart.forEach(
        (event, given) -> fields.warn(given.get(0).place(), given.get(0).path(),
            (this.given.contains(event) ? "vote event '" + event + "' is not imported, so its " : "the file holds no vote event '" + event + "': ")
                + given.size() + " " + what + "(s) given apart from it are not imported"));
    apart.clear();
  }

  /**
   * The counts and ballots of one vote event as they are added: a second count of an option (for
   * a group), or a second vote of a voter, is warned at its own path and not kept.
   */
  private final class Tally {
    final int place;
    final List<Count> counts = new ArrayList<>();
    final List<Ballot> ballots = new ArrayList<>();
    private final Set<List<Object>> counted = new HashSet<>();
    private final Set<Reference<?>> voters = new HashSet<>();

    Tally(int place) {
      this.place = place;
    }

    /** Keeps a count or ballot the vote event already has. */
    void keep(Count count) {
      counted.add(List.of(count.option(), count.group()));
      counts.add(count);
    }

    void keep(Ballot ballot) {
      ballot.voter().ifPresent(voters::add);
      ballots.add(ballot);
    }

    void add(Count count, String path, int at) {
      if (!counted.add(List.of(count.option(), count.group()))) {
        fields.warn(at, path, "option '" + count.option() + "'" + count.group().map(g -> " of group '" + g + "'").orElse("")
            + " is already counted in this vote event; this second count (" + count.value() + ") is not imported");
      } else {
        counts.add(count);
      }
    }

    void add(Ballot ballot, String path, int at) {
      if (ballot.voter().isPresent() && !voters.add(ballot.voter().get())) {
        fields.warn(at, path, "voter '" + ballot.voter().get() + "' already has a vote in this vote event; this second vote ('"
            + ballot.option() + "') is not imported");
      } else {
        ballots.add(ballot);
      }
    }
  }
}
