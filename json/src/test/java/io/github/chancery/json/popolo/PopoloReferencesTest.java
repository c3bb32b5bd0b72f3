package io.github.chancery.json.popolo;

import static org.assertj.core.api.Assertions.assertThat;

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
}
