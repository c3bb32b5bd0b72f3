package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Vote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * How objects say what they are and name one another: {@code @type}, {@code x_id} and embedded
 * copies, and what is warned when they are wrongly typed or disagree.
 */
final class PopoloReferencesTest {
  private static PopoloImport read(String json) throws IOException {
    return Popolo.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anObjectsTypeSaysWhatItIsWhetherItStandsAloneOrInAnArray() throws IOException {
    PopoloImport alone = read("{\"@type\":\"Organization\",\"id\":\"o\",\"name\":\"Org\"}");
    PopoloImport inArray =
        read("[{\"@type\":\"Organization\",\"id\":\"o\",\"name\":\"Org\"},"
            + "{\"@type\":\"Event\",\"id\":\"s\",\"name\":\"Spring sitting\",\"classification\":\"session\",\"organization_id\":\"o\"},"
            + "{\"@type\":\"http://www.w3.org/ns/org#Organization\",\"id\":\"p\",\"name\":\"Party\"}]");

    assertThat(alone.dossier().get("o", Organization.class)).isPresent();
    assertThat(alone.warnings()).isEmpty();
    assertThat(inArray.dossier().get("o", Organization.class)).isPresent();
    assertThat(inArray.dossier().get("p", Organization.class)).isPresent();
    // Without its type, an event with a name and a classification but no date reads as an organization.
    assertThat(inArray.dossier().get("s", Session.class).orElseThrow().kind()).contains(SessionKind.SESSION);
    assertThat(inArray.warnings()).isEmpty();
  }

  @Test
  void aTypeThatIsNotPopolosIsWarnedAndTheObjectReadByItsFields() throws IOException {
    PopoloImport imported = read("[{\"@type\":\"Thing\",\"id\":\"p\",\"name\":\"P\"}]");

    assertThat(imported.dossier().get("p", Person.class)).isPresent();
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$[0].@type: 'Thing' is not a Popolo type: the object is read as a person, as its fields say");
  }
  @Test
  void aReferenceWhoseIdIsAnObjectOrAnArrayIsWarnedAtItsPath() throws IOException {
    PopoloImport imported =
        read("{\"organizations\":[{\"id\":\"g\",\"name\":\"G\",\"parent_id\":{\"id\":\"h\"}}],"
            + "\"memberships\":[{\"person_id\":\"ann\",\"organization_id\":\"h\",\"on_behalf_of_id\":[\"g\"]}],"
            + "\"motions\":[{\"id\":\"m\",\"organization_id\":\"h\",\"text\":\"T\",\"creator_id\":{\"id\":\"ann\"},\"legislative_session_id\":[\"s\"]}],"
            + "\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"organization_id\":{\"id\":\"h\"},"
            + "\"counts\":[{\"option\":\"yes\",\"value\":1,\"group_id\":{\"id\":\"g\"}}],"
            + "\"votes\":[{\"voter_id\":\"ann\",\"option\":\"yes\",\"pair_id\":[\"bob\"]}]}]}");

    String expected = ", an id (a text) was expected: the reference is not kept";
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly(
            "$.organizations[0].parent_id: is an object" + expected,
            "$.memberships[0].on_behalf_of_id: is an array" + expected,
            "$.motions[0].creator_id: is an object" + expected,
            "$.motions[0].legislative_session_id: is an array" + expected,
            "$.vote_events[0].organization_id: is an object" + expected,
            "$.vote_events[0].counts[0].group_id: is an object" + expected,
            "$.vote_events[0].votes[0].pair_id: is an array" + expected);
    assertThat(imported.dossier().get("g", Organization.class).orElseThrow().parent()).isEmpty();
    assertThat(imported.dossier().all(Membership.class)).singleElement().satisfies(m -> assertThat(m.onBehalfOf()).isEmpty());
  }

  @Test
  void aMotionIdOrAnObjectsOwnIdThatIsNotATextIsWarnedAtItsPath() throws IOException {
    PopoloImport imported = read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":[\"m\"]}],\"memberships\":[{\"id\":{\"n\":1},\"person_id\":\"a\",\"organization_id\":\"h\"}]}");

    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .startsWith(
            "$.vote_events[0].motion_id: is an array, an id (a text) was expected: the reference is not kept",
            "$.vote_events[0]: the vote event names no motion: its vote refers to motion 'motion-of-v', which the file does not hold",
            "$.memberships[0].id: is an object, an id (a text) was expected: the object is read as one without an id");
  }

  @Test
  void aMotionGivenInFullWinsOverTheCopyAVoteEventEmbedsBeforeIt() throws IOException {
    String full = "\"motions\":[{\"id\":\"m\",\"organization_id\":\"h\",\"text\":\"Full text\",\"classification\":\"bill\"}]";
    PopoloImport differing = read("{\"vote_events\":[{\"id\":\"v\",\"organization_id\":\"h\",\"motion\":{\"id\":\"m\",\"text\":\"Short\"}}]," + full + "}");
    PopoloImport partial = read("{\"vote_events\":[{\"id\":\"v\",\"organization_id\":\"h\",\"motion\":{\"id\":\"m\",\"text\":\"Full text\"}}]," + full + "}");

    Motion motion = differing.dossier().get("m", Motion.class).orElseThrow();
    assertThat(motion.title().asMap().values()).containsExactly("Full text");
    assertThat(motion.kind()).contains(MotionKind.BILL);
    assertThat(differing.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.vote_events[0].motion: this embedded copy of 'm' differs from the object given in full at $.motions[0], which is kept:"
            + " the copy is not kept");
    assertThat(differing.keptApart()).singleElement()
        .satisfies(copy -> assertThat(((Motion) copy).title().asMap().values()).containsExactly("Short"));
    // A copy that says part of what the full object says loses nothing.
    assertThat(partial.dossier().get("m", Motion.class)).contains(motion);
    assertThat(partial.warnings()).isEmpty();
    assertThat(partial.keptApart()).isEmpty();
  }

  @Test
  void anEmbeddedCopyThatDiffersFromTheObjectGivenInFullBeforeItIsWarnedAndNotKept() throws IOException {
    PopoloImport imported =
        read("{\"organizations\":[{\"id\":\"h\",\"name\":\"House\"}],"
            + "\"memberships\":[{\"person_id\":\"a\",\"organization\":{\"id\":\"h\",\"name\":\"Senate\",\"classification\":\"upper house\"}}]}");

    assertThat(imported.dossier().get("h", Organization.class).orElseThrow().nameIn()).isEqualTo("House");
    assertThat(imported.dossier().get("h", Legislature.class)).isEmpty();
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.memberships[0].organization: this embedded copy of 'h' differs from the object given in full, which is kept:"
            + " this copy is not kept");
  }

  @Test
  void ofTwoEmbeddedCopiesTheLaterIsWarnedWhenItDiffersAndKeptWhenItSaysMore() throws IOException {
    PopoloImport differing =
        read("{\"memberships\":[{\"person_id\":\"a\",\"organization\":{\"id\":\"h\",\"name\":\"House\"}},"
            + "{\"person_id\":\"b\",\"organization\":{\"id\":\"h\",\"name\":\"Senate\"}}]}");
    PopoloImport more =
        read("{\"memberships\":[{\"person_id\":\"a\",\"organization\":{\"id\":\"h\",\"name\":\"House\"}},"
            + "{\"person_id\":\"b\",\"organization\":{\"id\":\"h\",\"name\":\"House\",\"classification\":\"lower house\"}},"
            + "{\"person_id\":\"c\",\"organization\":{\"id\":\"h\",\"name\":\"House\"}}]}");

    assertThat(differing.dossier().get("h", Organization.class).orElseThrow().nameIn()).isEqualTo("House");
    assertThat(differing.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.memberships[1].organization: this embedded copy of 'h' differs from the copy at $.memberships[0].organization,"
            + " which is kept: this copy is not kept");
    assertThat(differing.keptApart()).singleElement().satisfies(copy -> assertThat(copy.id()).isEqualTo("h"));
    assertThat(more.dossier().get("h", Legislature.class).orElseThrow().kind()).contains(LegislatureKind.LOWER_CHAMBER);
    assertThat(more.warnings()).isEmpty();
  }

  @Test
  void aPartialCopyOfAnObjectGivenInFullIsNotWarned() throws IOException {
    PopoloImport imported =
        read("{\"organizations\":[{\"id\":\"h\",\"name\":\"House\",\"classification\":\"lower house\"}],"
            + "\"persons\":[{\"id\":\"ann\",\"name\":\"Ann\",\"other_names\":[{\"name\":\"A.\"}]}],"
            + "\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"organization\":{\"id\":\"h\",\"name\":\"House\"},"
            + "\"votes\":[{\"voter\":{\"id\":\"ann\",\"name\":\"Ann\"},\"option\":\"yes\"}]}]}");

    assertThat(imported.dossier().get("h", Legislature.class)).isPresent();
    assertThat(imported.dossier().get("ann", Person.class).orElseThrow().otherNames()).hasSize(1);
    assertThat(imported.warnings()).isEmpty();
  }

  @Test
  void copiesOfAVoteEventAndOfAPostThatDifferAreWarned() throws IOException {
    PopoloImport copies =
        read("{\"votes\":[{\"vote_event\":{\"id\":\"v\",\"motion_id\":\"m\",\"start_date\":\"2020-01-01\"},\"voter_id\":\"a\",\"option\":\"yes\"},"
            + "{\"vote_event\":{\"id\":\"v\",\"motion_id\":\"m\",\"start_date\":\"2020-01-02\"},\"voter_id\":\"b\",\"option\":\"no\"}]}");
    PopoloImport full =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"start_date\":\"2020-01-01\"}],"
            + "\"votes\":[{\"vote_event\":{\"id\":\"v\",\"start_date\":\"2020-01-02\"},\"voter_id\":\"a\",\"option\":\"yes\"}],"
            + "\"posts\":[{\"id\":\"s1\",\"label\":\"Seat 1\",\"organization_id\":\"h\"}],"
            + "\"memberships\":[{\"person_id\":\"a\",\"post\":{\"id\":\"s1\",\"label\":\"Seat One\"}}]}");

    Vote vote = copies.dossier().get("v", Vote.class).orElseThrow();
    assertThat(vote.date()).contains(PartialDate.of(2020, 1, 1));
    assertThat(vote.ballots()).hasSize(2);
    assertThat(copies.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.votes[1].vote_event: this embedded copy of 'v' differs from the copy at $.votes[0].vote_event, which is kept:"
            + " this copy is not kept");
    assertThat(full.dossier().get("v", Vote.class).orElseThrow().ballots()).hasSize(1);
    assertThat(full.dossier().all(Membership.class)).singleElement().satisfies(m -> assertThat(m.post()).contains("Seat 1"));
    assertThat(full.warnings()).extracting(PopoloWarning::toString)
        .containsExactly(
            "$.votes[0].vote_event: this embedded copy of 'v' differs from the object given in full, which is kept: this copy is not kept",
            "$.posts[0]: a post is not a record of its own in Chancery: its label is the post of the memberships that name it",
            "$.memberships[0].post: this embedded copy of post 's1' differs from the post given in full, which is kept: this copy is not kept");
  }

  @Test
  void aVoterGivenByNameBesideAVoterIdIsTheVoterTheIdNames() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":[{\"voter_id\":\"ann\",\"voter\":{\"name\":\"Ann\"},\"option\":\"yes\"},"
            + "{\"voter_id\":\"bob\",\"voter\":{\"name\":\"Bob\"},\"option\":\"no\"}]}],"
            + "\"persons\":[{\"id\":\"ann\",\"name\":\"Ann Smith\"}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(vote.ballots()).extracting(b -> b.voter().orElseThrow().id()).containsExactly("ann", "bob");
    assertThat(imported.dossier().get("ann", Person.class).orElseThrow().nameIn()).isEqualTo("Ann Smith");
    assertThat(imported.dossier().get("bob", Person.class).orElseThrow().nameIn()).isEqualTo("Bob");
    // The name and the person the id names conflict: said, not silently resolved.
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.vote_events[0].votes[0].voter: this embedded copy of 'ann' differs from the object given in full at $.persons[0],"
            + " which is kept: the copy is not kept");
  }

  @Test
  void aVoterByANameThatIsBlankOrNotATextLosesThatVoteAloneWithAWarning() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":[{\"voter\":{\"name\":\" \"},\"option\":\"no\"},"
            + "{\"voter\":{\"name\":{\"first\":\"Bo\"}},\"option\":\"no\"},{\"voter\":{\"name\":\"Rogers (KY)\"},\"option\":\"yes\"},"
            + "{\"voter_id\":\"ann\",\"option\":\"yes\"}]}]}");

    Vote vote = imported.dossier().get("v", Vote.class).orElseThrow();
    assertThat(vote.ballots()).extracting(b -> b.voter().map(r -> r.id()).or(b::voterName).orElseThrow()).containsExactly("Rogers (KY)", "ann");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly(
            "$.vote_events[0].votes[0].voter.name: ' ' is not a name: the vote has no voter and is not imported",
            "$.vote_events[0].votes[1].voter.name: is an object, a name was expected: the vote has no voter and is not imported");
  }

  @Test
  void objectsEmbeddedInAnEmbeddedObjectAreReadAsObjectsOfTheirKind() throws IOException {
    String voteEvent = "{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":[{\"voter\":{\"id\":\"ann\",\"name\":\"Ann\","
        + "\"memberships\":[{\"organization_id\":\"h\",\"role\":\"member\"}]},\"option\":\"yes\"}]}";
    PopoloImport inExport = read("{\"vote_events\":[" + voteEvent + "]}");
    PopoloImport alone = read(voteEvent);
    PopoloImport post =
        read("{\"memberships\":[{\"person_id\":\"a\",\"post_id\":\"s1\",\"organization\":{\"id\":\"h\",\"name\":\"House\","
            + "\"posts\":[{\"id\":\"s1\",\"label\":\"Seat 1\",\"memberships\":[{\"person_id\":\"b\"}]}]}}]}");

    for (PopoloImport imported : java.util.List.of(inExport, alone)) {
      assertThat(imported.dossier().all(Membership.class)).singleElement()
          .satisfies(m -> assertThat(m.member().id() + " " + m.organization().id() + " " + m.role().orElseThrow()).isEqualTo("ann h member"));
      assertThat(imported.warnings()).isEmpty();
    }
    // The post's own membership takes its label and its organization from it, also when read after every other membership.
    PopoloImport late =
        read("{\"id\":\"v\",\"motion_id\":\"m\",\"votes\":[{\"voter\":{\"@type\":\"Organization\",\"id\":\"h\",\"name\":\"House\","
            + "\"posts\":[{\"id\":\"s1\",\"label\":\"Seat 1\",\"memberships\":[{\"person_id\":\"b\"}]}]},\"option\":\"yes\"}]}");
    assertThat(post.dossier().all(Membership.class)).hasSize(2)
        .allSatisfy(m -> assertThat(m.post().orElseThrow() + " " + m.organization().id()).isEqualTo("Seat 1 h"));
    assertThat(late.dossier().all(Membership.class)).singleElement()
        .satisfies(m -> assertThat(m.member().id() + " " + m.post().orElseThrow() + " " + m.organization().id()).isEqualTo("b Seat 1 h"));
    assertThat(post.warnings()).extracting(PopoloWarning::toString)
        .containsExactly("$.memberships[0].organization.posts[0]: a post is not a record of its own in Chancery: its label is the post of the"
            + " memberships that name it");
  }

  @Test
  void aSecondPostOrAPostMetAfterItsEmbeddedCopyThatDiffersIsWarnedAndTheFirstKept() throws IOException {
    PopoloImport second =
        read("{\"posts\":[{\"id\":\"s1\",\"label\":\"Seat 1\"},{\"id\":\"s1\",\"label\":\"Seat One\"}],"
            + "\"memberships\":[{\"person_id\":\"a\",\"organization_id\":\"h\",\"post_id\":\"s1\"}]}");
    PopoloImport afterCopy =
        read("{\"memberships\":[{\"person_id\":\"a\",\"organization_id\":\"h\",\"post\":{\"id\":\"s1\",\"label\":\"Seat One\"}},"
            + "{\"person_id\":\"b\",\"organization\":{\"id\":\"h\",\"name\":\"House\",\"posts\":[{\"id\":\"s1\",\"label\":\"Seat 1\"}]},"
            + "\"post_id\":\"s1\"}]}");

    assertThat(second.dossier().all(Membership.class)).singleElement().satisfies(m -> assertThat(m.post()).contains("Seat 1"));
    assertThat(second.warnings()).extracting(PopoloWarning::toString)
        .contains("$.posts[1]: a second post with id 's1' differs from the first, which is kept: this one is not kept");
    assertThat(afterCopy.dossier().all(Membership.class)).hasSize(2).allSatisfy(m -> assertThat(m.post()).contains("Seat One"));
    assertThat(afterCopy.warnings()).extracting(PopoloWarning::toString)
        .contains("$.memberships[1].organization.posts[0]: post 's1' differs from its embedded copy at $.memberships[0].post, which the"
            + " memberships read before it took their post from and which is kept: this post is not kept");
  }

  @Test
  void aMotionsRequirementAndResultGivenInFullWinOverACopysAndTheCopysAreWarned() throws IOException {
    PopoloImport imported =
        read("{\"vote_events\":[{\"id\":\"v\",\"organization_id\":\"h\",\"result\":\"pass\","
            + "\"motion\":{\"id\":\"m\",\"text\":\"T\",\"requirement\":\"simple-majority\",\"result\":\"fail\"}}],"
            + "\"motions\":[{\"id\":\"m\",\"organization_id\":\"h\",\"text\":\"T\",\"requirement\":\"two-thirds\",\"result\":\"pass\"}]}");

    assertThat(imported.dossier().get("v", Vote.class).orElseThrow().rule().orElseThrow().code()).isEqualTo("two-thirds");
    assertThat(imported.warnings()).extracting(PopoloWarning::toString)
        .containsExactly(
            "$.vote_events[0].motion.requirement: 'simple-majority' differs from the requirement 'two-thirds' of the motion given in full at"
                + " $.motions[0]: not kept",
            "$.vote_events[0].motion.result: 'fail' differs from the result 'pass' of the motion given in full at $.motions[0]: not kept");
  }
}
