package io.github.chancery.popolo;

import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.ParseFailure;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One import of a Popolo file, as a pipeline: the {@link Collector} walks the file and hands each
 * object to this intake, which gives it to the mapping of its kind ({@link Actors}, {@link
 * Memberships}, {@link Sessions}, {@link Motions}, {@link VoteEvents}); objects are mapped at once
 * when the file is read object by object and nothing they need can come later, else kept until the
 * kinds they refer to are mapped, in the order references need (posts and organizations before
 * the memberships that name them, motions before their vote events). The {@link Reconciler} keeps
 * the records; once the file is read, vote events are completed with what only the whole file
 * says, and the warnings put in the file's order.
 *
 * <p>Not thread-safe: used once, for one file.
 */
final class PopoloReader {
  /**
   * Kinds mapped as soon as they are read from an export document or array, so that their trees
   * are not kept: what they need of other objects is either in them or added once the file is
   * read (a vote event's motion rule, votes given apart from their vote event).
   */
  private static final Set<Kind> AT_ONCE =
      EnumSet.of(Kind.PERSONS, Kind.ORGANIZATIONS, Kind.EVENTS, Kind.VOTE_EVENTS, Kind.AREAS, Kind.SPEECHES, Kind.CONTACT_DETAILS);

  private final Warnings warnings = new Warnings();
  private final Fields fields = new Fields(warnings);
  private final Reconciler records = new Reconciler(fields);
  private final Actors actors;
  private final Sessions sessions;
  private final Memberships memberships;
  private final Motions motions;
  private final VoteEvents voteEvents;
  private final NotImported notImported;
  /** The place of the last object collected: objects are numbered in the order of the file. */
  private int places;

  private PopoloReader() {
    Shared shared = new Shared(fields, records, this::mapEmbedded);
    this.actors = new Actors(shared);
    this.sessions = new Sessions(shared);
    this.memberships = new Memberships(shared, sessions);
    this.motions = new Motions(shared, sessions, this::voteEventsOf);
    this.voteEvents = new VoteEvents(shared, motions, sessions);
    this.notImported = new NotImported(shared);
  }

  /**
   * Reads a Popolo file.
   *
   * @param syntax the JSON line's syntax, whose parser reads the file and whose exception refuses it
   * @param in the file's bytes; not closed
   * @return the records mapped and the warnings
   * @throws IOException the line's exception if the file is not JSON, or not Popolo at all; or if
   *     the stream fails
   */
  static PopoloImport read(JsonSyntax syntax, InputStream in) throws IOException {
    PopoloReader reader = new PopoloReader();
    reader.collect(syntax, in, null);
    reader.map();
    reader.records.settle();
    return new PopoloImport(reader.records.dossier(), reader.warnings.inFileOrder(), reader.records.keptApart());
  }

  /**
   * Reads several Popolo files of one publisher as one: their objects are mapped together, so that
   * a person given in full in one file and embedded as a voter in another is one record, and the
   * warnings name their files.
   *
   * @param syntax the JSON line's syntax
   * @param files the files, in the order to read them
   * @return the records mapped and the warnings, in the order of the files
   * @throws IOException the line's exception, naming the file, if a file is not JSON or not Popolo
   *     at all; or if a file cannot be read
   */
  static PopoloImport readAll(JsonSyntax syntax, List<Path> files) throws IOException {
    PopoloReader reader = new PopoloReader();
    for (Path file : files) {
      reader.warnings.startFile(file.toString(), reader.places + 1);
      try (InputStream in = Files.newInputStream(file)) {
        reader.collect(syntax, in, file.toString());
      }
    }
    reader.map();
    reader.records.settle();
    return new PopoloImport(reader.records.dossier(), reader.warnings.inFileOrder(), reader.records.keptApart());
  }

  /** Collects one file; a refusal names the file when there is one. */
  private void collect(JsonSyntax syntax, InputStream in, String file) throws IOException {
    try (TokenReader tokens = syntax.document(in)) {
      new Collector(tokens, warnings, this::add).collect();
    } catch (ParseFailure failure) {
      throw syntax.raise(List.of(inFile(failure.problem(0), file)));
    } catch (Refusal refusal) {
      throw syntax.raise(List.of(inFile(refusal.problem(), file)));
    }
  }

  private static JsonProblem inFile(JsonProblem problem, String file) {
    return file == null ? problem : JsonProblem.of(problem.code(), problem.path(), file + ": " + problem.message(), problem.recordId().orElse(null));
  }

  // --- the intake ---

  private void add(Kind kind, String path, JsonTree fields, boolean alone) {
    add(kind, path, fields, null, alone, Warnings.FILE);
  }

  /**
   * Takes an object collected: numbers it, collects the memberships and posts it embeds as objects
   * of their own kind, and maps it at once or keeps it for its mapping.
   */
  private void add(Kind kind, String path, JsonTree node, PopoloObject.Parent parent, boolean alone, int readFrom) {
    // An object given twice (embedded in two others) is mapped twice: the reconciler keeps one
    // record, and warns when the two differ.
    String id = Fields.text(node, "id");
    PopoloObject object = new PopoloObject(path, node, parent, ++places, false);
    if (kind == Kind.PERSONS || kind == Kind.ORGANIZATIONS || kind == Kind.POSTS) {
      PopoloObject.Parent owner = id == null ? null : new PopoloObject.Parent(id, kind);
      fields.array(object, "memberships", (element, at) -> add(Kind.MEMBERSHIPS, path + ".memberships" + at, element, owner, alone, object.place()));
    }
    if (kind == Kind.ORGANIZATIONS) {
      PopoloObject.Parent owner = id == null ? null : new PopoloObject.Parent(id, Kind.ORGANIZATIONS);
      fields.array(object, "posts", (element, at) -> add(Kind.POSTS, path + ".posts" + at, element, owner, alone, object.place()));
    }
    if (kind == Kind.VOTE_EVENTS) {
      voteEvents.announce(object, readFrom);
    }
    if (kind == Kind.VOTES || kind == Kind.COUNTS) {
      voteEvents.map(kind, object); // a vote or count given apart is mapped at once, and kept by its vote event's id
    } else if (alone && AT_ONCE.contains(kind)) {
      mapNow(kind, object);
    } else {
      mappingOf(kind).queue(kind, object);
    }
  }

  private void mapNow(Kind kind, PopoloObject object) {
    if (kind == Kind.VOTE_EVENTS) {
      voteEvents.mapNow(object);
    } else {
      mappingOf(kind).map(kind, object);
    }
  }

  private Mapping mappingOf(Kind kind) {
    switch (kind) {
      case PERSONS:
      case ORGANIZATIONS:
        return actors;
      case MEMBERSHIPS:
      case POSTS:
        return memberships;
      case EVENTS:
        return sessions;
      case MOTIONS:
        return motions;
      case VOTE_EVENTS:
      case VOTES:
      case COUNTS:
        return voteEvents;
      default:
        return notImported;
    }
  }

  /** The vote events a motion gives, read by the vote events' mapping. */
  private void voteEventsOf(PopoloObject motion, String id) {
    voteEvents.ofMotion(motion, id);
  }

  /** An object embedded in a reference, read as an object of its kind, and what it embeds in turn. */
  private void mapEmbedded(Kind kind, String id, PopoloObject copy) {
    switch (kind) {
      case ORGANIZATIONS:
        actors.organization(copy);
        break;
      case PERSONS:
        actors.person(copy);
        break;
      case POSTS:
        memberships.embeddedPost(id, copy);
        break;
      case EVENTS:
        sessions.event(copy, null, null);
        break;
      case VOTE_EVENTS:
        voteEvents.embedded(id, copy);
        break;
      default:
        // a motion embedded in a vote event is mapped by the vote event
    }
    memberships.nestedIn(kind, id, copy);
  }

  // --- mapping, in the order references need ---

  private void map() {
    memberships.mapPosts();
    actors.mapQueued(Kind.ORGANIZATIONS);
    notImported.mapQueued(Kind.AREAS);
    notImported.mapQueued(Kind.SPEECHES);
    notImported.mapQueued(Kind.CONTACT_DETAILS);
    sessions.mapQueued(Kind.EVENTS);
    actors.mapQueued(Kind.PERSONS);
    memberships.mapMemberships();
    voteEvents.noteQueued();
    motions.mapQueued(Kind.MOTIONS);
    voteEvents.mapQueued(Kind.VOTE_EVENTS);
    voteEvents.complete();
    motions.checkOnVotes();
  }

  /** Areas, speeches and contact details on their own: Chancery has no record for them. */
  private static final class NotImported extends Mapping {
    NotImported(Shared shared) {
      super(shared);
    }

    @Override
    void map(Kind kind, PopoloObject object) {
      fields.notImported(object, kind.noun());
    }
  }
}
