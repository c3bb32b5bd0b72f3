package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Vote;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One reference from a record to another: where it is in the record (the wire path, such as
 * {@code ballots[3].voter_id}), the reference, and the record types it may point to.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Link {
  /** The record types that are actors. */
  public static final Set<RecordType> ACTORS =
      Set.copyOf(
          EnumSet.of(
              RecordType.STATE,
              RecordType.DISPUTED_ENTITY,
              RecordType.ORGANIZATION,
              RecordType.PERSON,
              RecordType.LEGISLATURE));

  private static final Set<RecordType> ANY = Set.copyOf(EnumSet.allOf(RecordType.class));

  // One shared set per type, since a dossier can hold millions of links.
  private static final Map<RecordType, Set<RecordType>> ONLY = new EnumMap<>(RecordType.class);

  static {
    for (RecordType type : RecordType.values()) {
      ONLY.put(type, Set.of(type));
    }
  }

  private static Set<RecordType> only(RecordType type) {
    return ONLY.get(type);
  }

  private final String path;
  private final Reference<?> reference;
  private final Set<RecordType> allowed;

  private Link(String path, Reference<?> reference, Set<RecordType> allowed) {
    this.path = path;
    this.reference = reference;
    this.allowed = allowed;
  }

  /** Returns where the reference is in its record, such as {@code signatures[0].signatory_id}. */
  public String path() {
    return path;
  }

  /** Returns the reference. */
  public Reference<?> reference() {
    return reference;
  }

  /** Returns the record types the reference may point to. */
  public Set<RecordType> allowed() {
    return allowed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Link
        && path.equals(((Link) other).path)
        && reference.equals(((Link) other).reference)
        && allowed.equals(((Link) other).allowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, reference, allowed);
  }

  @Override
  public String toString() {
    return path + " -> " + reference;
  }

  /**
   * Returns every reference a record makes, in the order of its fields.
   *
   * @param record a record
   * @return its links
   */
  public static List<Link> of(ChanceryRecord record) {
    Objects.requireNonNull(record, "record");
    Collector links = new Collector();
    switch (record.recordType()) {
      case DISPUTED_ENTITY:
        DisputedEntity entity = (DisputedEntity) record;
        for (int i = 0; i < entity.recognitions().size(); i++) {
          links.one("recognitions[" + i + "].recognised_by_id", entity.recognitions().get(i).recognisedBy(), ACTORS);
        }
        links.optional("internationally_recognised_as_part_of_id", entity.internationallyRecognisedAsPartOf(), only(RecordType.STATE));
        break;
      case ORGANIZATION:
        links.optional("parent_id", ((Organization) record).parent(), ACTORS);
        break;
      case PERSON:
        Person person = (Person) record;
        for (int i = 0; i < person.offices().size(); i++) {
          links.optional("offices[" + i + "].organization_id", person.offices().get(i).organization(), ACTORS);
        }
        break;
      case LEGISLATURE:
        Legislature legislature = (Legislature) record;
        links.optional("jurisdiction_id", legislature.jurisdiction(), ACTORS);
        links.optional("parent_id", legislature.parent(), ACTORS);
        break;
      case MOTION:
        Motion motion = (Motion) record;
        links.one("legislature_id", motion.legislature(), only(RecordType.LEGISLATURE));
        links.list("sponsor_ids", motion.sponsors(), ACTORS);
        for (int i = 0; i < motion.subjects().size(); i++) {
          links.list("subjects[" + i + "].concerning_ids", motion.subjects().get(i).concerning(), ANY);
        }
        links.optional("amends_id", motion.amends(), only(RecordType.MOTION));
        links.optional("other_report_of_id", motion.otherReportOf(), only(RecordType.MOTION));
        break;
      case VOTE:
        Vote vote = (Vote) record;
        links.one("motion_id", vote.motion(), only(RecordType.MOTION));
        links.optional("legislature_id", vote.legislature(), only(RecordType.LEGISLATURE));
        for (int i = 0; i < vote.counts().size(); i++) {
          links.optional("counts[" + i + "].group_id", vote.counts().get(i).group(), only(RecordType.ORGANIZATION));
        }
        for (int i = 0; i < vote.ballots().size(); i++) {
          links.one("ballots[" + i + "].voter_id", vote.ballots().get(i).voter(), ACTORS);
          links.optional("ballots[" + i + "].group_id", vote.ballots().get(i).group(), only(RecordType.ORGANIZATION));
        }
        links.optional("other_report_of_id", vote.otherReportOf(), only(RecordType.VOTE));
        break;
      case PROTEST_NOTE:
        ProtestNote note = (ProtestNote) record;
        links.one("sender_id", note.sender(), ACTORS);
        links.one("recipient_id", note.recipient(), ACTORS);
        links.list("protested_act_ids", note.protestedActs(), ANY);
        links.optional("other_report_of_id", note.otherReportOf(), only(RecordType.PROTEST_NOTE));
        break;
      case STATEMENT:
        Statement statement = (Statement) record;
        links.one("author_id", statement.author(), ACTORS);
        for (int i = 0; i < statement.positions().size(); i++) {
          links.list("positions[" + i + "].concerning_ids", statement.positions().get(i).concerning(), ANY);
        }
        links.optional("other_report_of_id", statement.otherReportOf(), only(RecordType.STATEMENT));
        break;
      case TREATY:
        Treaty treaty = (Treaty) record;
        links.list("party_ids", treaty.parties(), ACTORS);
        for (int i = 0; i < treaty.signatures().size(); i++) {
          links.one("signatures[" + i + "].signatory_id", treaty.signatures().get(i).signatory(), only(RecordType.PERSON));
          links.one("signatures[" + i + "].on_behalf_of_id", treaty.signatures().get(i).onBehalfOf(), ACTORS);
        }
        links.list("mediator_ids", treaty.mediators(), ACTORS);
        links.optional("depositary_id", treaty.depositary(), ACTORS);
        for (int i = 0; i < treaty.participantActions().size(); i++) {
          links.one("participant_actions[" + i + "].participant_id", treaty.participantActions().get(i).participant(), ACTORS);
        }
        links.optional("other_report_of_id", treaty.otherReportOf(), only(RecordType.TREATY));
        break;
      case SOURCE:
        links.optional("author_id", ((Source) record).author(), ACTORS);
        break;
      default:
        break; // a state refers to nothing but its sources
    }
    links.list("source_ids", record.sources(), only(RecordType.SOURCE));
    return links.links;
  }

  private static final class Collector {
    final List<Link> links = new ArrayList<>();

    void one(String path, Reference<?> reference, Set<RecordType> allowed) {
      links.add(new Link(path, reference, allowed));
    }

    void optional(String path, Optional<? extends Reference<?>> reference, Set<RecordType> allowed) {
      reference.ifPresent(r -> one(path, r, allowed));
    }

    void list(String path, List<? extends Reference<?>> references, Set<RecordType> allowed) {
      for (int i = 0; i < references.size(); i++) {
        links.add(new Link(path + "[" + i + "]", references.get(i), allowed));
      }
    }
  }
}
