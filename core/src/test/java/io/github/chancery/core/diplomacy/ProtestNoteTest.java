package io.github.chancery.core.diplomacy;

import static io.github.chancery.core.testing.Violated.once;
import static io.github.chancery.core.testing.Violated.pathsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.validation.ViolationCode;
import org.junit.jupiter.api.Test;

final class ProtestNoteTest {
  private static final Reference<State> AZERBAIJAN = Reference.to("state-az");
  private static final Reference<State> FRANCE = Reference.to("state-fr");

  @Test
  void recordsANoteVerbaleWithItsReferenceAndTheActItProtests() {
    ProtestNote note =
        ProtestNote.builder()
            .id("note-1")
            .sender(Reference.<Organization>to("org-az-mfa"))
            .recipient(FRANCE)
            .date(PartialDate.of(2020, 11, 26))
            .form(NoteForm.NOTE_VERBALE)
            .referenceNumber("No. 123/20")
            .addProtestedAct(Reference.<Motion>to("motion-fr-senat"))
            .language(LanguageTag.parse("fr"))
            .build();

    assertThat(note.form()).hasValue(NoteForm.NOTE_VERBALE);
    assertThat(note.protestedActs()).containsExactly(Reference.to("motion-fr-senat"));
  }

  @Test
  void rejectsAProtestNoteSentToItsOwnSender() {
    var violation =
        once(
            () -> ProtestNote.builder().id("note-1").sender(AZERBAIJAN).recipient(AZERBAIJAN).build(),
            "recipient_id",
            ViolationCode.SELF_ADDRESSED);

    assertThat(violation.message()).contains("state-az");
  }

  @Test
  void requiresSenderAndRecipient() {
    assertThat(pathsAndCodes(() -> ProtestNote.builder().id("note-1").build()))
        .containsExactly("sender_id required", "recipient_id required");
  }

  @Test
  void keepsAFormItDoesNotKnowVerbatim() {
    ProtestNote note =
        ProtestNote.builder()
            .id("note-1")
            .sender(AZERBAIJAN)
            .recipient(FRANCE)
            .form(NoteForm.of("chargé d'affaires summoned"))
            .build();

    assertThat(note.form().map(NoteForm::code)).hasValue("chargé d'affaires summoned");
  }

  @Test
  void rejectsABlankReferenceNumber() {
    once(
        () ->
            ProtestNote.builder()
                .id("note-1")
                .sender(AZERBAIJAN)
                .recipient(FRANCE)
                .referenceNumber("")
                .build(),
        "reference_number",
        ViolationCode.BLANK);
  }
}
