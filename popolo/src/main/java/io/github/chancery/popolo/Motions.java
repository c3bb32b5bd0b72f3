package io.github.chancery.popolo;

import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Popolo's motions, as {@link Motion}s. A motion's requirement and result are not a motion's in
 * Chancery but its votes': the requirement becomes the rule of each vote on it, and the result is
 * checked against its votes' once the file is read. A motion without an organization is put
 * before the legislature of a vote event on it.
 *
 * <p>Not thread-safe: one per import.
 */
final class Motions extends Mapping {
  private static final Set<String> MOTION_FIELDS =
      Set.of("id", "organization_id", "organization", "text", "classification", "identifier", "creator_id", "creator", "date",
          "legislative_session_id", "legislative_session", "requirement", "result", "vote_events", "sources");

  /** Reads the vote events a motion gives in its {@code vote_events}, given its (repaired or derived) id. */
  @FunctionalInterface
  interface VoteEventsOfMotion {
    void read(PopoloObject motion, String id);
  }

  private final Sessions sessions;
  private final VoteEventsOfMotion voteEventsOfMotion;
  /** The motion that says the requirement or result kept for each motion id: the one given in full over a copy. */
  private final Map<String, PopoloObject> saying = new LinkedHashMap<>();
  /** The legislature a vote event puts each motion before, for a motion that names none. */
  private final Map<String, String> legislatures = new HashMap<>();
  /** Each motion's requirement, the rule of its votes. */
  private final Map<String, String> requirements = new HashMap<>();

  Motions(Shared shared, Sessions sessions, VoteEventsOfMotion voteEventsOfMotion) {
    super(shared);
    this.sessions = sessions;
    this.voteEventsOfMotion = voteEventsOfMotion;
  }

  @Override
  void map(Kind kind, PopoloObject object) {
    motion(object);
  }

  /** The id of the motion a vote event is on, embedded or named; null when it names none. */
  String motionOf(PopoloObject event) {
    JsonTree embedded = event.get("motion");
    if (embedded != null && embedded.isObject()) {
      String id = fields.idText(event, embedded, "id", event.path("motion"));
      return id != null ? fields.id(id, event.path("motion.id"), event) : Ids.derived("motion", embedded);
    }
    String id = fields.idText(event, event.fields(), "motion_id", event.path());
    return id == null ? null : fields.id(id, event.path("motion_id"), event);
  }

  /** A vote event says which legislature its motion is put before, when the motion does not. */
  void noteVoteEvent(PopoloObject event) {
    String motion = motionOf(event);
    String organization = references.id(event, "organization", "organization_id", Kind.ORGANIZATIONS);
    if (motion != null && organization != null) {
      legislatures.putIfAbsent(motion, organization);
    }
  }

  /** A motion, given in full or embedded in a vote event. */
  void motion(PopoloObject object) {
    String raw = fields.idText(object, object.fields(), "id", object.path());
    String id = raw != null ? fields.id(raw, object.path("id"), object) : Ids.derived("motion", object.fields());
    if (raw == null) {
      fields.warn(object, object.path(), "the motion has no id: it is read as '" + id + "', derived from its content");
    }
    String organization = references.id(object, "organization", "organization_id", Kind.ORGANIZATIONS);
    if (organization == null) {
      organization = legislatures.get(id);
    }
    Optional<String> text = fields.optionalText(object, "text");
    if (organization == null || text.isEmpty()) {
      fields.warn(object, object.path(), "a motion needs a text and an organization (its own or its vote events'): not imported");
      return;
    }
    Motion.Builder built =
        Motion.builder().id(id).legislature(Reference.to(organization)).title(MultilingualText.of(Fields.UNDETERMINED, text.get()));
    String classification = fields.scalar(object, "classification");
    if (classification != null) {
      fields.code(object.place(), object.path("classification"), classification, MotionKind::of).ifPresent(built::kind);
    }
    fields.optionalText(object, "identifier").ifPresent(built::identifier);
    String creator = references.id(object, "creator", "creator_id", Kind.PERSONS);
    if (creator != null) {
      built.addSponsor(Reference.to(creator));
    }
    fields.date(object, "date").ifPresent(built::tabledOn);
    String body = organization;
    String session = references.id(object, "legislative_session", "legislative_session_id", Kind.EVENTS,
        embedded -> sessions.event(embedded, SessionKind.SESSION, body));
    if (session != null) {
      built.session(Reference.to(session));
    }
    built.addAllSources(parts.sources(object));
    Reconciler.Kept kept = keep(object, built::build);
    String requirement = fields.scalar(object, "requirement");
    if (kept != Reconciler.Kept.DROPPED) {
      onVotes(object, id, requirement, kept == Reconciler.Kept.REPLACED && !object.isCopy());
    }
    voteEventsOfMotion.read(object, id);
    known(object, Kind.MOTIONS, MOTION_FIELDS);
  }

  /**
   * Notes a motion's requirement and result, kept on its votes. The motion given in full ({@code
   * wins}) says them over a copy read before it; otherwise the first to say one keeps it. One that
   * differs from what is kept is warned where it is not kept.
   */
  private void onVotes(PopoloObject object, String id, String requirement, boolean wins) {
    PopoloObject before = saying.get(id);
    String result = Fields.text(object.fields(), "result");
    if (requirement != null) {
      String earlier = wins ? requirements.put(id, requirement) : requirements.putIfAbsent(id, requirement);
      if (earlier != null && !earlier.equals(requirement)) {
        if (wins && before != null) {
          fields.warn(before.place(), before.path("requirement"), "'" + earlier + "' differs from the requirement '" + requirement
              + "' of the motion given in full at " + object.path() + ": not kept");
        } else {
          fields.warn(object, object.path("requirement"), "'" + requirement + "' differs from the requirement '" + earlier
              + "' kept for motion '" + id + "': not kept");
        }
      }
    }
    String earlierResult = before == null ? null : Fields.text(before.fields(), "result");
    if (result != null && earlierResult != null && !result.equals(earlierResult)) {
      if (wins) {
        fields.warn(before.place(), before.path("result"), "'" + earlierResult + "' differs from the result '" + result
            + "' of the motion given in full at " + object.path() + ": not kept");
      } else {
        fields.warn(object, object.path("result"), "'" + result + "' differs from the result '" + earlierResult + "' kept for motion '" + id
            + "': not kept");
      }
    }
    boolean hasResult = object.fields().hasNonNull("result"); // checked, and warned if not a text, with the votes
    if (requirement != null || hasResult) {
      if (wins && (before == null || hasResult || earlierResult == null)) {
        saying.put(id, object);
      } else {
        saying.putIfAbsent(id, object);
      }
    }
  }

  /**
   * The rule of the votes on a motion: its requirement as the file gives it in the end (the motion
   * in full over a copy read before); one that is not a code is warned, at the place of the vote.
   *
   * @param motion the motion's id
   * @param place the place of the vote event being read
   * @return the rule, or empty when the motion has none
   */
  Optional<VotingRule> rule(String motion, int place) {
    String requirement = requirements.get(motion);
    if (requirement == null) {
      return Optional.empty();
    }
    return fields.code(place, saying.get(motion).path("requirement"), requirement, VotingRule::of);
  }

  /**
   * Once every vote is made: says of each motion's result that is on none of its votes, and of a
   * requirement and result of a motion without votes, that they are not mapped.
   */
  void checkOnVotes() {
    Map<String, List<Vote>> votesOfMotion = new HashMap<>();
    for (Vote vote : records.all(Vote.class)) {
      votesOfMotion.computeIfAbsent(vote.motion().id(), m -> new ArrayList<>()).add(vote);
    }
    for (PopoloObject motion : saying.values()) {
      checkOnVotes(motion, votesOfMotion);
    }
  }

  private void checkOnVotes(PopoloObject motion, Map<String, List<Vote>> votesOfMotion) {
    String raw = Fields.text(motion.fields(), "id");
    String id = raw == null ? Ids.derived("motion", motion.fields()) : fields.id(raw, motion.path("id"), motion);
    List<Vote> votes = votesOfMotion.getOrDefault(id, List.of());
    String result = fields.scalar(motion, "result");
    if (votes.isEmpty()) {
      for (String onVotes : List.of("result", "requirement")) {
        String value = onVotes.equals("result") ? result : requirements.get(id);
        if (value != null) {
          fields.warn(motion, motion.path(onVotes), "a motion's " + onVotes + " is kept on its votes; the file holds no vote event of this motion,"
              + " so '" + value + "' is not mapped");
        }
      }
      return;
    }
    if (result == null) {
      return;
    }
    Optional<VoteResult> mapped = fields.code(motion.place(), motion.path("result"), result, VoteEvents::result);
    if (mapped.isPresent() && votes.stream().noneMatch(v -> v.result().equals(mapped))) {
      fields.warn(motion, motion.path("result"), "a motion's result is kept on its votes, and no vote event of this motion has the result '"
          + result + "' (" + (votes.stream().allMatch(v -> v.result().isEmpty()) ? "they give none" : "they give another") + "): not mapped");
    }
  }
}
