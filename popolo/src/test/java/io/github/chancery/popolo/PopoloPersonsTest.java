package io.github.chancery.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.chancery.core.actor.ContactDetail;
import io.github.chancery.core.actor.ContactKind;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.WebLink;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.OtherName;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.json.internal.DossierDocument;
import io.github.chancery.json.internal.JsonLines;
import io.github.chancery.json.internal.JsonSyntax;
import io.github.chancery.json.internal.ReadContext;
import io.github.chancery.json.internal.TokenReader;
import io.github.chancery.json.internal.TokenWriter;
import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.schema.RecordSchemas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What EveryPolitician publishes of the members of a national parliament, imported whole: three
 * members of Estonia's Riigikogu (Aadu Must, born 25 March 1951; Aare Heinvee, born 27 September
 * 1956, Are Heinvee from 1989 to 1999; Aivar Sõerd, born 22 November 1964), with their given names,
 * honorifics, gender, email, portrait, telephone and email contacts and links; and two members of
 * the National Assembly for Wales (Adam Price, born 23 September 1968; Andrew RT Davies, whose
 * published birth date is the year 1968). The records are EveryPolitician's, as the test data of
 * its Popolo reader holds them (see the resources' notice). The House of Commons members of the
 * monitor's {@code people.json} (Robin Cook, 28 February 1946 to 6 August 2005) show a death
 * given before the birth.
 */
final class PopoloPersonsTest {
  private static final JsonSyntax LINE = JsonLines.preferred().syntax(ReadLimits.defaults());
  private static final String RIIGIKOGU = resource("/popolo/fixtures/everypolitician-riigikogu.json");
  private static final String SENEDD = resource("/popolo/fixtures/everypolitician-senedd.json");
  private static final String COMMONS = resource("/popolo/monitor/people.json");

  private static String resource(String name) {
    try (InputStream in = PopoloPersonsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  private static PopoloImport read(String json) throws IOException {
    return Popolo.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static Person person(PopoloImport imported, String id) {
    return imported.dossier().get(id, Person.class).orElseThrow();
  }

  private static List<String> warnings(PopoloImport imported) {
    return imported.warnings().stream().map(PopoloWarning::toString).collect(Collectors.toList());
  }

  private static String export(Dossier dossier) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Popolo.write(dossier, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aNationalParliamentsMembersKeepTheirBirthDatesNamesAndContacts() throws IOException {
    PopoloImport imported = read(RIIGIKOGU);
    Person must = person(imported, "bc584d7f-86a1-4c2d-97b4-081971d8a1fa");

    assertThat(must.birthDate()).contains(PartialDate.of(1951, 3, 25));
    assertThat(must.deathDate()).isEmpty();
    assertThat(must.givenName()).contains("Aadu");
    assertThat(must.familyName()).isEmpty();
    assertThat(must.honorificPrefix()).contains("Dr");
    assertThat(must.honorificSuffix()).contains("PhD");
    assertThat(must.gender()).contains("male");
    assertThat(must.email()).contains("Aadu.Must@riigikogu.ee");
    assertThat(must.image())
        .contains(URI.create("http://www.riigikogu.ee/wpcms/wp-content/uploads/ems/temp/68d27c93-66c5-4255-9af3-457a8b5ce77c.jpg"));
    assertThat(must.contactDetails()).extracting(ContactDetail::toString)
        .containsExactly("email Aadu.Must@riigikogu.ee", "phone 6316629");
    assertThat(must.contactDetails().get(0).kind()).isSameAs(ContactKind.EMAIL);
    assertThat(must.contactDetails().get(1).kind().isKnown()).isFalse();
    assertThat(must.links()).extracting(WebLink::toString).containsExactly(
        "https://commons.wikipedia.org/wiki/Category:Aadu_Must (Wikipedia (commons))",
        "https://et.wikipedia.org/wiki/Aadu_Must (Wikipedia (et))",
        "https://facebook.com/100000744087901 (facebook)");
    assertThat(must.identifiers()).extracting(Object::toString)
        .containsExactly("riigikogu:233ac42e-573c-400e-8568-0ac3d4c107f9", "wikidata:Q12358062");
  }

  @Test
  void aSortNameADatedFormerNameAndAnAddressInEstonianAreKeptAsPublished() throws IOException {
    PopoloImport imported = read(RIIGIKOGU);
    Person heinvee = person(imported, "fd4721db-ba4e-41b9-b110-3896ee891e82");
    Person soerd = person(imported, "480df40f-359a-4238-b179-332d47dd1611");

    assertThat(heinvee.sortName()).contains("Are");
    assertThat(heinvee.birthDate()).contains(PartialDate.of(1956, 9, 27));
    assertThat(heinvee.otherNames()).extracting(OtherName::name).containsExactly("Aare Heinvee", "Are Heinvee");
    assertThat(heinvee.otherNames().get(1).end()).contains(PartialDate.of(1999, 12, 31));
    assertThat(heinvee.email()).isEmpty();
    assertThat(heinvee.contactDetails()).isEmpty();
    assertThat(soerd.links().get(1).url()).isEqualTo(URI.create("https://et.wikipedia.org/wiki/Aivar_Sõerd"));
    assertThat(soerd.birthDate()).contains(PartialDate.of(1964, 11, 22));
  }

  @Test
  void noPersonFieldOfTheExportIsLeftUnmappedButEveryPoliticiansOwnImages() throws IOException {
    assertThat(warnings(read(RIIGIKOGU)))
        .containsExactly("$.persons[0].images: 'images' of persons is not mapped to Chancery's records (in 2 objects; the first is at this path)");
    assertThat(warnings(read(SENEDD))).isEmpty();
  }

  @Test
  void aBirthDatePublishedToTheYearIsKeptToTheYearAndTellsNamesakesApart() throws IOException {
    Dossier dossier = read(SENEDD).dossier();
    Person davies = dossier.get("4e31d446-8dd5-405a-a37f-bab74e27b406", Person.class).orElseThrow();

    assertThat(davies.birthDate()).contains(PartialDate.of(1968));
    assertThat(davies.familyName()).contains("Davies");
    assertThat(dossier.actorsNamed("Andrew R. T. Davies", PartialDate.of(1968, 3, 1))).containsExactly(davies);
    assertThat(dossier.actorsNamed("Adam Price", PartialDate.of(1968, 3, 1))).isEmpty();
    assertThat(dossier.actorsNamed("Adam Price", PartialDate.of(1968, 9, 23))).hasSize(1);
  }

  @Test
  void theMembersExportBackToPopoloValidAgainstItsSchemasAndReadBackEqual() throws IOException {
    for (String file : List.of(RIIGIKOGU, SENEDD, COMMONS)) {
      Dossier first = read(file).dossier();

      String exported = export(first);
      PopoloImport again = read(exported);

      assertThat(PopoloSchemas.errors(exported)).isEmpty();
      assertThat(again.warnings()).isEmpty();
      assertThat(again.dossier().records()).containsExactlyInAnyOrderElementsOf(first.records());
    }
    assertThat(export(read(RIIGIKOGU).dossier()))
        .contains("\"honorific_prefix\":\"Dr\"", "\"birth_date\":\"1951-03-25\"", "{\"type\":\"phone\",\"value\":\"6316629\"}")
        .doesNotContain("images");
    assertThat(export(read(COMMONS).dossier())).contains("\"birth_date\":\"1946-02-28\",\"death_date\":\"2005-08-06\"");
  }

  @Test
  void theMembersWriteAsChanceryJsonValidAgainstItsSchemaAndReadBackEqual() throws IOException {
    for (String file : List.of(RIIGIKOGU, SENEDD, COMMONS)) {
      Dossier dossier = read(file).dossier();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (TokenWriter writer = LINE.writer(out)) {
        DossierDocument.writeDossier(writer, dossier);
      }
      String json = out.toString(StandardCharsets.UTF_8);
      Dossier readBack;
      try (TokenReader in = LINE.document(json)) {
        in.next();
        readBack = DossierDocument.readDossier(in, ReadContext.strict(), null, null);
      }

      assertThat(chanceryDossierSchemaErrors(json)).isEmpty();
      assertThat(readBack.records()).containsExactlyElementsOf(dossier.records());
    }
  }

  @Test
  void aDeathGivenBeforeTheBirthIsWarnedAndNotKeptAsAnEndBeforeAStartIsNot() throws IOException {
    String swapped =
        COMMONS.replace("\"birth_date\": \"1946-02-28\"", "\"birth_date\": \"2005-08-06\"")
            .replace("\"death_date\": \"2005-08-06\"", "\"death_date\": \"1946-02-28\"");

    PopoloImport imported = read(swapped);

    Person cook = person(imported, "mp-robin-cook");
    assertThat(cook.birthDate()).contains(PartialDate.of(2005, 8, 6));
    assertThat(cook.deathDate()).isEmpty();
    assertThat(warnings(imported))
        .containsExactly("$.persons[7].death_date: death_date 1946-02-28 is before birth_date 2005-08-06: the date of death is not kept");
  }

  @Test
  void anEmailOrPortraitTheModelRefusesIsWarnedAndTheMemberKeptWithoutIt() throws IOException {
    String mistyped =
        RIIGIKOGU.replace("\"email\": \"Aadu.Must@riigikogu.ee\"", "\"email\": \"Aadu.Must@riigikogu.ee; info@riigikogu.ee\"")
            .replace("\"image\": \"http://www.riigikogu.ee/wpcms/wp-content/uploads/ems/temp/78d2bb0c", "\"image\": \"temp/78d2bb0c")
            .replace("\"type\": \"phone\",\n          \"value\": \"6316598\"", "\"type\": \"phone\"")
            .replace("\"url\": \"https://facebook.com/aivar.soerd\"", "\"url\": \"facebook.com/aivar.soerd\"");

    PopoloImport imported = read(mistyped);

    assertThat(person(imported, "bc584d7f-86a1-4c2d-97b4-081971d8a1fa").email()).isEmpty();
    Person soerd = person(imported, "480df40f-359a-4238-b179-332d47dd1611");
    assertThat(soerd.image()).isEmpty();
    assertThat(soerd.contactDetails()).extracting(ContactDetail::toString).containsExactly("email Aivar.Soerd@riigikogu.ee");
    assertThat(soerd.links()).hasSize(2);
    assertThat(soerd.birthDate()).contains(PartialDate.of(1964, 11, 22));
    assertThat(warnings(imported)).containsExactly(
        "$.persons[0].email: 'Aadu.Must@riigikogu.ee; info@riigikogu.ee' is not one email address (name@domain): not kept",
        "$.persons[2].contact_details[1]: a contact detail without a type or a value: not imported",
        "$.persons[2].links[2].url: 'facebook.com/aivar.soerd' is not an absolute http or https URL: the link is not imported",
        "$.persons[2].image: 'temp/78d2bb0c-ab46-4996-8991-9fbc1265bd95.jpg' is not an absolute http or https URL: not kept",
        "$.persons[0].images: 'images' of persons is not mapped to Chancery's records (in 2 objects; the first is at this path)");
  }

  private static List<String> chanceryDossierSchemaErrors(String json) throws IOException {
    Schema schema;
    try (InputStream in = RecordSchemas.open(RecordSchemas.DOSSIER)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }
}
