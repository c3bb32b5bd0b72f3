package io.github.chancery.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.code.CountryCode;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.treaty.ParticipantAction;
import io.github.chancery.core.treaty.ParticipantActionKind;
import io.github.chancery.core.treaty.Treaty;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The UN Treaty Collection's own XML of a status page, as three independent parsers read it:
 * {@code Treaty/Participants/Table/TGroup}, the header in {@code Thead/Row/Entry}, the rows in
 * {@code Tbody/Rows/Row/Entry}, ISO-8859-1 as declared, a tab between month and year, footnotes as
 * {@code <superscript>}, and the server's HTML maintenance page in place of the XML. The rows are
 * those of the CSV fixture; Türkiye's date is illustrative.
 */
final class UntcXmlTest {
  private static Path resource(String name) throws Exception {
    return Path.of(UntcXmlTest.class.getResource("/untc/" + name).toURI());
  }

  @Test
  void theCollectionsXmlIsReadInItsDeclaredEncodingWithTheMappingOfTheTable() throws Exception {
    ImportResult imported = UntcStatus.importer().read(resource("XXVII-7-d.en.xml"));
    Dossier dossier = imported.dossier().orElseThrow();
    Treaty treaty = dossier.get("treaty-untc-xxvii-7-d", Treaty.class).orElseThrow();

    assertThat(dossier.get("state-tr", State.class).orElseThrow().name().in("en")).contains("Türkiye");
    assertThat(dossier.get("state-tr", State.class).orElseThrow().countryCode()).contains(CountryCode.of("TR"));
    assertThat(treaty.participantActions()).filteredOn(a -> a.participant().id().equals("state-af"))
        .extracting(ParticipantAction::kind, ParticipantAction::date)
        .containsExactly(
            tuple(ParticipantActionKind.SIGNATURE, PartialDate.of(2016, 4, 22)),
            tuple(ParticipantActionKind.RATIFICATION, PartialDate.of(2017, 2, 15)));
    // The footnote in <superscript> is read from the notes beside the XML, as beside the CSV.
    assertThat(treaty.participantActions()).filteredOn(a -> a.participant().id().equals("state-us"))
        .extracting(ParticipantAction::kind)
        .containsExactly(ParticipantActionKind.SIGNATURE, ParticipantActionKind.ACCEPTANCE, ParticipantActionKind.WITHDRAWAL,
            ParticipantActionKind.WITHDRAWAL);
  }

  @Test
  void aRowWithoutEveryEntryIsAWarningAtTheLineOfItsRowElement() throws Exception {
    ImportResult imported = UntcStatus.importer().read(resource("XXVII-7-d.en.xml"));

    assertThat(imported.warnings()).filteredOn(w -> w.code() == ImportWarningCode.FIELD_COUNT)
        .extracting(ImportWarning::file, ImportWarning::line)
        .containsExactly(tuple("XXVII-7-d.en.xml", OptionalLong.of(17)));
    assertThat(imported.dossier().orElseThrow().contains("state-jp")).isFalse();
  }

  @Test
  void theMaintenancePageInPlaceOfTheXmlIsRefusedWithWhatItIs() {
    byte[] page = "<html><body><p>The site is undergoing urgent maintenance and is currently unavailable.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> UntcStatus.importer().read(new ByteArrayInputStream(page), "XXVII-7-d.en.xml"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no Participants table");
    assertThatThrownBy(() -> UntcStatus.importer().read(new ByteArrayInputStream("<Treaty><Participants>".getBytes(StandardCharsets.UTF_8)),
            "XXVII-7-d.en.xml"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("not well-formed");
  }

  @Test
  void noExternalEntityIsRead() {
    byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Treaty><Participants><Table><TGroup><Thead><Row><Entry>Participant</Entry><Entry>Ratification, Accession(a)</Entry></Row>"
        + "</Thead><Tbody><Rows><Row><Entry>&x;</Entry><Entry>1 Jan 2020</Entry></Row></Rows></Tbody></TGroup></Table></Participants></Treaty>")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> UntcStatus.importer().read(new ByteArrayInputStream(hostile), "XXVII-7-d.en.xml"))
        .isInstanceOf(ImportException.class);
  }
}
