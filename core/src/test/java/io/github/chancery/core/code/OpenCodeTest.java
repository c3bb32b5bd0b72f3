package io.github.chancery.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.actor.ClaimKind;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.diplomacy.NoteForm;
import io.github.chancery.core.diplomacy.Stance;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.legislature.SubjectKind;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.treaty.ParticipantActionKind;
import io.github.chancery.core.treaty.TreatyKind;
import io.github.chancery.core.treaty.TreatyStatus;
import io.github.chancery.core.testing.Violated;
import io.github.chancery.core.validation.ViolationCode;
import io.github.chancery.core.vote.VoteMethod;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OpenCodeTest {
  @Test
  void theExactCodeGivesTheKnownSingleton() {
    assertThat(VoteOption.of("not voting")).isSameAs(VoteOption.NOT_VOTING);
    assertThat(VoteOption.of("yes")).isSameAs(VoteOption.YES);
    assertThat(VoteResult.of("adopted")).isSameAs(VoteResult.ADOPTED);
    assertThat(MotionKind.of("draft-resolution")).isSameAs(MotionKind.DRAFT_RESOLUTION);
    assertThat(NoteForm.of("note-verbale")).isSameAs(NoteForm.NOTE_VERBALE);
    assertThat(VoteOption.NOT_VOTING.isKnown()).isTrue();
    assertThat(VoteOption.NOT_VOTING).hasToString("not voting");
    assertThat(VoteOption.NOT_VOTING.code()).isEqualTo("not voting");
  }

  @Test
  void keepsAnUnknownCodeVerbatim() {
    VoteOption present = VoteOption.of("present");

    assertThat(present.isKnown()).isFalse();
    assertThat(present.code()).isEqualTo("present");
    assertThat(present).hasToString("present");
    assertThat(VoteOption.of(present.toString())).isEqualTo(present);
    assertThat(VoteOption.knownValues()).doesNotContain(present);
  }

  @Test
  void keepsAnyUnknownTextExactlyAsGiven() {
    for (String code : List.of("Présent", "voted by proxy", "не голосовал", "a-b_c.d:e", "x".repeat(OpenCode.MAX_LENGTH))) {
      VoteOption option = VoteOption.of(code);

      assertThat(option.code()).isEqualTo(code);
      assertThat(option.isKnown()).isFalse();
    }
  }

  @Test
  void equalUnknownCodesAreEqualWithEqualHashCodes() {
    assertThat(VoteOption.of("present"))
        .isEqualTo(VoteOption.of("present"))
        .hasSameHashCodeAs(VoteOption.of("present"))
        .isNotEqualTo(VoteOption.of("Present"))
        .isNotEqualTo("present");
    assertThat(NoteForm.of("letter")).isEqualTo(NoteForm.of("letter")).hasSameHashCodeAs(NoteForm.of("letter"));
  }

  @Test
  void neverMapsAnUnknownCodeToAKnownOneItResembles() {
    VoteOption shouted = VoteOption.of("YES");

    assertThat(shouted).isNotEqualTo(VoteOption.YES);
    assertThat(shouted.isKnown()).isFalse();
    assertThat(shouted).hasToString("YES");
    assertThat(VoteOption.of("Yes")).isNotEqualTo(VoteOption.YES);
    assertThat(VoteOption.of("not_voting")).isNotEqualTo(VoteOption.NOT_VOTING);
    assertThat(VoteOption.of("not-voting").isKnown()).isFalse();
    assertThat(MotionKind.of("draft resolution")).isNotEqualTo(MotionKind.DRAFT_RESOLUTION);
    assertThat(VoteResult.of("Adopted").isKnown()).isFalse();
  }

  @Test
  void codesOfDifferentListsAreNeverEqual() {
    assertThat(SourceKind.OTHER.code()).isEqualTo(OrganizationKind.OTHER.code()).isEqualTo("other");
    assertThat((Object) SourceKind.OTHER).isNotEqualTo(OrganizationKind.OTHER);
    assertThat((Object) VoteOption.OTHER).isNotEqualTo(SourceKind.OTHER);
    assertThat((Object) SubjectKind.CEASEFIRE).isNotEqualTo(TreatyKind.CEASEFIRE);
    assertThat((Object) VoteOption.of("present")).isNotEqualTo(VoteResult.of("present"));
  }

  @ParameterizedTest
  @ValueSource(strings = {" yes", "yes ", " yes ", "\tabstain", "no\n", " present", "present\u2003"})
  void rejectsPaddedCodesAndNamesThem(String code) {
    assertInvalidCode(() -> VoteOption.of(code), "vote option", "'" + code + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\u2003"})
  void rejectsBlankCodes(String code) {
    assertInvalidCode(() -> VoteOption.of(code), "vote option", "blank");
    assertInvalidCode(() -> MotionKind.of(code), "motion kind", "blank");
  }

  @Test
  void rejectsCodesOfMoreThanAHundredCharacters() {
    assertThat(OpenCode.MAX_LENGTH).isEqualTo(100);
    assertThat(VoteOption.of("x".repeat(100)).code()).hasSize(100);
    assertInvalidCode(() -> VoteOption.of("x".repeat(101)), "vote option", "100");
    assertInvalidCode(() -> NoteForm.of("y".repeat(1000)), "note form", "100");
  }

  @Test
  void listsItsKnownValuesInTheOrderDeclared() {
    assertThat(VoteOption.knownValues())
        .containsExactly(
            VoteOption.YES,
            VoteOption.NO,
            VoteOption.ABSTAIN,
            VoteOption.ABSENT,
            VoteOption.NOT_VOTING,
            VoteOption.PAIRED,
            VoteOption.EXCUSED,
            VoteOption.OTHER);
    assertThat(VoteOption.knownValues())
        .extracting(OpenCode::code)
        .containsExactly("yes", "no", "abstain", "absent", "not voting", "paired", "excused", "other");
    assertThat(VoteResult.knownValues()).containsExactly(VoteResult.ADOPTED, VoteResult.REJECTED, VoteResult.TIED, VoteResult.VETOED, VoteResult.WITHDRAWN);
    assertThat(MotionKind.knownValues())
        .containsExactly(
            MotionKind.MOTION,
            MotionKind.DRAFT_RESOLUTION,
            MotionKind.RESOLUTION,
            MotionKind.BILL,
            MotionKind.AMENDMENT,
            MotionKind.DECLARATION);
    assertThat(NoteForm.knownValues()).startsWith(NoteForm.NOTE, NoteForm.NOTE_VERBALE).endsWith(NoteForm.AMBASSADOR_SUMMONED);
  }

  @Test
  void itsListOfKnownValuesCannotBeChanged() {
    List<VoteOption> known = VoteOption.knownValues();

    assertThatThrownBy(() -> known.add(VoteOption.of("present"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(VoteOption.knownValues()).hasSize(8);
  }

  static Stream<Class<? extends OpenCode>> codeLists() {
    return Stream.of(
        VoteOption.class,
        VoteResult.class,
        VoteMethod.class,
        VotingRule.class,
        MotionKind.class,
        SubjectKind.class,
        LegislatureKind.class,
        NoteForm.class,
        Stance.class,
        SourceKind.class,
        OrganizationKind.class,
        ClaimKind.class,
        TreatyKind.class,
        TreatyStatus.class,
        ParticipantActionKind.class);
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void everyKnownValueOfEveryListIsAConstantWhoseCodeReadsBackToIt(Class<? extends OpenCode> list) throws Exception {
    Method of = list.getMethod("of", String.class);
    List<Object> known = new ArrayList<>((List<?>) list.getMethod("knownValues").invoke(null));
    List<Object> constants = new ArrayList<>();
    for (Field field : list.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() == list && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
        constants.add(field.get(null));
      }
    }

    assertThat(known).as(list.getSimpleName()).isNotEmpty().containsExactlyInAnyOrderElementsOf(constants);
    assertThat(known).as(list.getSimpleName()).doesNotHaveDuplicates();
    for (Object value : known) {
      OpenCode code = (OpenCode) value;
      assertThat(code.isKnown()).as(code.code()).isTrue();
      assertThat(code.code()).as(code.code()).isNotBlank().isEqualTo(code.code().strip()).hasSizeLessThanOrEqualTo(OpenCode.MAX_LENGTH);
      assertThat(of.invoke(null, code.code())).as(code.code()).isSameAs(code);
      assertThat(of.invoke(null, code.toString())).as(code.code()).isSameAs(code);
    }
    OpenCode unknown = (OpenCode) of.invoke(null, "surely-not-a-known-code");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown).isExactlyInstanceOf(list).isEqualTo(of.invoke(null, "surely-not-a-known-code"));
  }

  @Test
  void rejectsNullWithTheParametersName() {
    assertThatThrownBy(() -> VoteOption.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
  }

  private static void assertInvalidCode(ThrowingCallable construction, String... messageParts) {
    assertThat(Violated.once(construction, "", ViolationCode.INVALID_CODE).message()).contains(messageParts);
  }
}
