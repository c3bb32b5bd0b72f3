package io.github.chancery.json.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
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
}
