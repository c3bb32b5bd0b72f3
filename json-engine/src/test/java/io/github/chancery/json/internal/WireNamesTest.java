package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.Actor;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.LanguageTag;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class WireNamesTest {
  private static final Vote VOTE = Vote.builder().id("vote-1").motion(Reference.to("motion-1")).build();

  @Test
  void knowsTheGeneratedClassesByTheirPublicTypes() {
    assertThat(VOTE.getClass()).isNotEqualTo(Vote.class);
    assertThat(WireNames.publicType(VOTE.getClass())).isEqualTo(Vote.class);
    assertThat(WireNames.publicType(Count.of(VoteOption.YES, 1).getClass())).isEqualTo(Count.class);
    assertThat(WireNames.publicType(Dossier.builder().build().getClass())).isEqualTo(Dossier.class);
    assertThat(WireNames.publicType(String.class)).isNull();
  }

  @Test
  void namesARecordByItsTypeAndOtherValuesInSnakeCase() {
    assertThat(WireNames.rootName(VOTE.getClass())).isEqualTo("vote");
    assertThat(WireNames.rootName(PartialDate.class)).isEqualTo("partial_date");
    assertThat(WireNames.rootName(LanguageTag.class)).isEqualTo("language_tag");
    assertThat(WireNames.rootName(ConsistencyReport.class)).isEqualTo("consistency_report");
    assertThat(WireNames.rootName(String.class)).isNull();
    assertThat(WireNames.wrapperName(ChanceryRecord.class)).isEqualTo("ChanceryRecord");
    assertThat(WireNames.wrapperName(Actor.class)).isEqualTo("Actor");
  }

  @Test
  void tellsChancerysTypesFromOthers() {
    assertThat(WireNames.isChancerys(Actor.class)).isTrue();
    assertThat(WireNames.isChancerys(ChanceryRecord.class)).isTrue();
    assertThat(WireNames.isChancerys(Count.class)).isTrue();
    assertThat(WireNames.isChancerys(String.class)).isFalse();
    assertThat(WireNames.isChancerys(null)).isFalse();
  }

  @Test
  void readsTheVersionTheBuildWrote() {
    assertThat(WireNames.version(new ByteArrayInputStream("version=1.2.3\n".getBytes(StandardCharsets.ISO_8859_1)))).isEqualTo("1.2.3");
    assertThat(WireNames.version(null)).isNull();
  }
}
