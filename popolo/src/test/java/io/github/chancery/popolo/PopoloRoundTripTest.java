package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated dossiers, from fixed seeds, written as Popolo and read back: every field Popolo maps
 * (docs/popolo.md) comes back equal, and the export passes Popolo's schemas.
 */
final class PopoloRoundTripTest {
  private static final String[] NAMES = {"Ana Pérez", "Bo Li", "Олена Коваль", "محمد علي", "Jean-Noël Barrot", "Aoife Ní Bhriain"};
  private static final String[] LANGUAGES = {"en", "fr", "uk", "ar", "es-ES", "sr-Latn"};

  private static PartialDate date(Random random) {
    return date(random, 1990 + random.nextInt(30));
  }

  /** A date of every precision Chancery holds, in {@code year}: to the year, month, day, second or fraction, local or at an offset or zone. */
  private static PartialDate date(Random random, int year) {
    switch (random.nextInt(8)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, 1 + random.nextInt(12));
      case 2:
        return PartialDate.parse(year + "-03-04T15:30:00Z");
      case 3:
        return PartialDate.parse(year + "-03-04T15:30:00");
      case 4:
        return PartialDate.parse(year + "-03-04T23:30:00.25-05:00");
      case 5:
        return PartialDate.parse(year + "-03-04T09:15:00.125");
      case 6:
        return PartialDate.of(java.time.ZonedDateTime.of(year, 7, 1, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Paris")));
      default:
        return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  /**
   * A time in Paris before 1911, when France kept Paris mean time: its offset, +00:09:21, has
   * seconds, which Popolo's date pattern and RFC 3339 do not allow.
   */
  private static PartialDate parisMeanTime(Random random) {
    return PartialDate.of(java.time.ZonedDateTime.of(1850 + random.nextInt(40), 7, 1, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Paris")));
  }

  /** What Popolo's schema for a date field allows; see docs/popolo.md. */
  private enum Field {
    DATE,
    DATE_OR_OFFSET_TIME,
    DATE_TIME
  }

  /**
   * The date as it comes back from Popolo, written independently of the writer from what
   * docs/popolo.md says is lossy: a zone keeps only its offset, and an offset with seconds is
   * rounded to the nearest minute at the same instant; date fields keep the day (in the date's own
   * offset); membership and event dates keep an offset time to the second, and a local time only
   * its day.
   */
  private static PartialDate back(PartialDate date, Field field) {
    if (date.instant().isPresent()) {
      java.time.OffsetDateTime time = date.instant().get().toOffsetDateTime();
      if (field == Field.DATE) {
        return PartialDate.of(time.toLocalDate());
      }
      int offset = time.getOffset().getTotalSeconds();
      java.time.OffsetDateTime minutes = time.withOffsetSameInstant(java.time.ZoneOffset.ofTotalSeconds((int) Math.floor(offset / 60.0 + 0.5) * 60));
      return field == Field.DATE_OR_OFFSET_TIME ? PartialDate.of(minutes.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) : PartialDate.of(minutes);
    }
    if (date.localDateTime().isPresent() && field != Field.DATE_TIME) {
      return PartialDate.of(date.localDateTime().get().toLocalDate());
    }
    return date;
  }

  private static MultilingualText text(String text) {
    return MultilingualText.of("und", text);
  }

  /** A referentially complete legislature with its people, groups, sessions, motions and votes. */
  static Dossier dossier(long seed) {
    return dossier(seed, false);
  }

  /** The generated dossier, or, when {@code asReadBack}, the same dossier with its dates as Popolo gives them back. */
  static Dossier dossier(long seed, boolean asReadBack) {
    Random random = new Random(seed);
    java.util.function.BiFunction<PartialDate, Field, PartialDate> as = (d, f) -> asReadBack ? back(d, f) : d;
    List<ChanceryRecord> records = new ArrayList<>();
    String chamber = "chamber-" + seed;
    LegislatureKind[] kinds = {LegislatureKind.UPPER_CHAMBER, LegislatureKind.LOWER_CHAMBER, LegislatureKind.UNICAMERAL};
    Legislature.Builder legislature = Legislature.builder().id(chamber).name(text("Chamber " + seed));
    if (random.nextBoolean()) {
      legislature.kind(kinds[random.nextInt(kinds.length)]);
    }
    records.add(legislature.build());
    List<String> groups = new ArrayList<>();
    OrganizationKind[] groupKinds = {OrganizationKind.POLITICAL_GROUP, OrganizationKind.PARTY, OrganizationKind.of("committee")};
    for (int g = 0; g < 1 + random.nextInt(3); g++) {
      String id = "group-" + seed + "-" + g;
      groups.add(id);
      Organization.Builder group =
          Organization.builder().id(id).name(text("Group " + g)).kind(groupKinds[random.nextInt(groupKinds.length)]).parent(Reference.to(chamber));
      if (random.nextBoolean()) {
        group.abbreviation("G" + g);
      }
      records.add(group.build());
    }
    List<String> persons = new ArrayList<>();
    for (int p = 0; p < 2 + random.nextInt(6); p++) {
      String id = "person-" + seed + "-" + p;
      persons.add(id);
      Person.Builder person = Person.builder().id(id).name(text(NAMES[random.nextInt(NAMES.length)] + " " + p));
      for (int n = 0; n < random.nextInt(3); n++) {
        OtherName.Builder other = OtherName.builder().name("Other " + n + " of " + p);
        if (random.nextBoolean()) {
          other.language(LanguageTag.parse(LANGUAGES[random.nextInt(LANGUAGES.length)]));
        }
        if (random.nextBoolean()) {
          other.start(as.apply(date(random, 1950 + n), Field.DATE)).end(as.apply(date(random, 1960 + n), Field.DATE));
        }
        if (random.nextBoolean()) {
          other.note("note " + n);
        }
        person.addOtherName(other.build());
      }
      if (random.nextBoolean()) {
        person.addIdentifier(Identifier.of("wikidata", "Q" + (1 + random.nextInt(100000))));
      }
      records.add(person.build());
    }
    String term = "term-" + seed;
    records.add(
        Session.builder().id(term).legislature(Reference.to(chamber)).kind(SessionKind.TERM).name(text("Term " + seed))
            .start(as.apply(random.nextInt(4) == 0 ? parisMeanTime(random) : date(random, 2019), Field.DATE_OR_OFFSET_TIME)).build());
    String session = "session-" + seed;
    records.add(
        Session.builder().id(session).legislature(Reference.to(chamber)).kind(SessionKind.SESSION).identifier(seed + "-1")
            .parent(Reference.to(term)).start(as.apply(date(random, 2019), Field.DATE_OR_OFFSET_TIME))
            .end(as.apply(date(random, 2020), Field.DATE_OR_OFFSET_TIME)).build());
    for (int m = 0; m < persons.size(); m++) {
      Membership.Builder membership =
          Membership.builder().id("membership-" + seed + "-" + m).member(Reference.to(persons.get(m))).organization(Reference.to(chamber));
      if (random.nextBoolean()) {
        membership.role("member").post("Seat " + m);
      }
      if (random.nextBoolean()) {
        membership.onBehalfOf(Reference.to(groups.get(random.nextInt(groups.size()))));
      }
      if (random.nextBoolean()) {
        membership.session(Reference.to(term));
      }
      if (random.nextBoolean()) {
        membership.start(as.apply(random.nextInt(8) == 0 ? parisMeanTime(random) : date(random, 2019), Field.DATE_OR_OFFSET_TIME));
      }
      if (random.nextInt(4) == 0) {
        membership.end(as.apply(date(random, 2021), Field.DATE_OR_OFFSET_TIME));
      }
      records.add(membership.build());
    }
    for (int k = 0; k < 1 + random.nextInt(3); k++) {
      String motionId = "motion-" + seed + "-" + k;
      Motion.Builder motion = Motion.builder().id(motionId).legislature(Reference.to(chamber)).title(text("Motion " + k));
      if (random.nextBoolean()) {
        motion.kind(random.nextBoolean() ? MotionKind.BILL : MotionKind.of("Second reading"));
      }
      if (random.nextBoolean()) {
        motion.identifier("No. " + k).addSponsor(Reference.to(persons.get(0))).tabledOn(as.apply(date(random), Field.DATE_TIME)).session(Reference.to(session));
      }
      records.add(motion.build());
      VotingRule rule = random.nextBoolean() ? VotingRule.SIMPLE_MAJORITY : null;
      for (int v = 0; v < 1 + random.nextInt(2); v++) {
        Vote.Builder vote = Vote.builder().id("vote-" + seed + "-" + k + "-" + v).motion(Reference.to(motionId));
        if (rule != null) {
          vote.rule(rule);
        }
        if (random.nextBoolean()) {
          vote.legislature(Reference.to(chamber)).session(Reference.to(session)).identifier("Division " + v);
        }
        if (random.nextBoolean()) {
          vote.date(as.apply(random.nextInt(8) == 0 ? parisMeanTime(random) : date(random), Field.DATE_TIME));
        }
        VoteResult[] results = {VoteResult.ADOPTED, VoteResult.REJECTED, VoteResult.TIED};
        if (random.nextBoolean()) {
          vote.result(results[random.nextInt(results.length)]);
        }
        VoteOption[] options = {VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN, VoteOption.of("both")};
        for (int b = 0; b < persons.size(); b++) {
          Ballot ballot = Ballot.of(Reference.to(persons.get(b)), options[random.nextInt(options.length)]);
          if (random.nextBoolean()) {
            ballot = ballot.withGroup(Reference.to(groups.get(random.nextInt(groups.size()))));
          }
          if (random.nextInt(5) == 0) {
            ballot = ballot.withRole(Ballot.TELLER);
          }
          if (random.nextInt(6) == 0) {
            ballot = ballot.withWeight(random.nextBoolean() ? BigDecimal.valueOf(2) : new BigDecimal("0.5"));
          }
          if (random.nextInt(8) == 0 && b > 0) {
            ballot = ballot.withPair(Reference.to(persons.get(b - 1)));
          }
          vote.addBallot(ballot);
        }
        if (random.nextInt(5) == 0) {
          vote.addBallot(Ballot.byName("Name Only " + v, VoteOption.YES));
        }
        vote.addCounts(Count.of(VoteOption.YES, random.nextInt(10)), Count.of(VoteOption.NO, random.nextInt(10)));
        if (random.nextBoolean()) {
          vote.addCount(Count.of(VoteOption.YES, random.nextInt(5)).withGroup(Reference.to(groups.get(0))));
        }
        records.add(vote.build());
      }
    }
    return Dossier.of(records);
  }

  @Test
  void generatedDossiersComeBackEqualOnEveryMappedField() throws IOException {
    for (long seed = 1; seed <= 300; seed++) {
      Dossier dossier = dossier(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Popolo.write(dossier, out);

      PopoloImport again = Popolo.read(new ByteArrayInputStream(out.toByteArray()));

      assertThat(again.warnings()).as("seed " + seed).isEmpty();
      assertThat(again.dossier().records()).as("seed " + seed).containsExactlyInAnyOrderElementsOf(dossier(seed, true).records());
      assertThat(PopoloSchemas.errors(out.toString(java.nio.charset.StandardCharsets.UTF_8))).as("seed " + seed).isEmpty();
    }
  }

  @Test
  void theGeneratorMakesTheSameDossierForTheSameSeed() {
    assertThat(dossier(42).records()).isEqualTo(dossier(42).records()).isNotEqualTo(dossier(43).records());
    // The generator covers every precision, so that the losses docs/popolo.md lists are exercised.
    assertThat(java.util.stream.LongStream.rangeClosed(1, 300).anyMatch(seed -> !dossier(seed).equals(dossier(seed, true)))).isTrue();
    // Among them, times whose offset has seconds, in the dates of sessions, memberships and votes.
    for (Class<? extends ChanceryRecord> type : List.of(Session.class, Membership.class, Vote.class)) {
      assertThat(java.util.stream.LongStream.rangeClosed(1, 300).mapToObj(PopoloRoundTripTest::dossier).flatMap(d -> d.all(type).stream()))
          .as(type.getSimpleName()).anySatisfy(r -> assertThat(r.toString()).contains("+00:09:21"));
    }
    assertThat(dossier(7).check().findings()).noneMatch(f -> f.code().code().equals("dangling-reference"));
  }

  @Test
  void anOffsetWithSecondsIsWrittenRoundedToTheMinuteAtTheSameInstant() throws IOException {
    PartialDate paris = PartialDate.of(java.time.ZonedDateTime.of(1850, 7, 1, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Paris")));
    Dossier dossier =
        Dossier.of(
            List.of(
                Membership.builder().id("m").member(Reference.to("p")).organization(Reference.to("h")).start(paris).build(),
                Vote.builder().id("v").motion(Reference.to("x")).date(paris).build()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Popolo.write(dossier, out);

    String exported = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    // 10:00 at +00:09:21 is 09:50:39 UTC, which is 09:59:39 at +00:09.
    assertThat(exported).contains("\"start_date\":\"1850-07-01T09:59:39+00:09\"").doesNotContain("+00:09:21");
    assertThat(PopoloSchemas.errors(exported)).isEmpty();
    assertThat(Popolo.read(new ByteArrayInputStream(out.toByteArray())).dossier().get("m", Membership.class).orElseThrow().start().orElseThrow()
            .instant().orElseThrow().toInstant())
        .isEqualTo(paris.instant().orElseThrow().toInstant());
  }
}
