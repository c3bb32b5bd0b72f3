package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules of one consistency check share: the dossier, the findings so far in the order
 * they are found, and the memberships indexed once for the rules about voters. Used by one check
 * on one thread.
 */
final class CheckContext {
  private final Dossier dossier;
  private final List<Finding> findings = new ArrayList<>();
  /** Person id to the offices they hold in each legislature, by legislature id. */
  private final Map<String, Map<String, List<Office>>> offices;
  /** Membership records by organisation id, then by member id. */
  private final Map<String, Map<String, List<Membership>>> membershipsIn;
  /** Membership records by member id. */
  private final Map<String, List<Membership>> membershipsHeld;

  /** A context sharing another's dossier and indexes, with findings of its own: for checks on several threads. */
  CheckContext(CheckContext shared) {
    this.dossier = shared.dossier;
    this.offices = shared.offices;
    this.membershipsIn = shared.membershipsIn;
    this.membershipsHeld = shared.membershipsHeld;
  }

  CheckContext(Dossier dossier) {
    this.dossier = dossier;
    this.offices = new HashMap<>();
    this.membershipsIn = new HashMap<>();
    this.membershipsHeld = new HashMap<>();
    for (Person person : dossier.all(Person.class)) {
      for (Office office : person.offices()) {
        office.organization().ifPresent(
            body ->
                offices
                    .computeIfAbsent(body.id(), id -> new HashMap<>())
                    .computeIfAbsent(person.id(), id -> new ArrayList<>())
                    .add(office));
      }
    }
    for (Membership membership : dossier.all(Membership.class)) {
      membershipsIn
          .computeIfAbsent(membership.organization().id(), id -> new HashMap<>())
          .computeIfAbsent(membership.member().id(), id -> new ArrayList<>())
          .add(membership);
      membershipsHeld.computeIfAbsent(membership.member().id(), id -> new ArrayList<>()).add(membership);
    }
  }

  Dossier dossier() {
    return dossier;
  }

  /** Records a finding about a record, after those found before. */
  void add(FindingCode code, ChanceryRecord record, String path, String message) {
    findings.add(Finding.of(code, path, message, record.id()));
  }

  void addAll(List<Finding> found) {
    findings.addAll(found);
  }

  List<Finding> findings() {
    return findings;
  }

  /** The offices persons hold in a body, by person id; empty when none is recorded. */
  Map<String, List<Office>> officesIn(String body) {
    return offices.getOrDefault(body, Map.of());
  }

  /** The membership records of an organisation, by member id; empty when none is recorded. */
  Map<String, List<Membership>> membershipsIn(String organization) {
    return membershipsIn.getOrDefault(organization, Map.of());
  }

  /** The membership records a member holds; empty when none is recorded. */
  List<Membership> membershipsHeld(String member) {
    return membershipsHeld.getOrDefault(member, List.of());
  }

  /** Whether the dossier records any membership at all. */
  boolean hasMemberships() {
    return !membershipsHeld.isEmpty();
  }

  /** Whether two records report the same act: one names the other, or both name a third. */
  static boolean sameAct(ChanceryRecord one, ChanceryRecord other) {
    Optional<Reference<?>> a = Dossier.otherReportOf(one);
    Optional<Reference<?>> b = Dossier.otherReportOf(other);
    return a.map(r -> r.id().equals(other.id())).orElse(false)
        || b.map(r -> r.id().equals(one.id())).orElse(false)
        || (a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id()));
  }
}
