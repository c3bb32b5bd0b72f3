package io.github.chancery.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links of a record compare as values, whether or not their paths have been shown yet. */
final class LinkTest {
  private static Membership membership() {
    Organization council = Organization.builder().id("organization-council").name(MultilingualText.of("en", "Council"))
        .kind(OrganizationKind.INTERNATIONAL_ORGANIZATION).build();
    return Membership.builder().id("membership-1").member(Reference.to("state-fr")).organization(Reference.of(council)).build();
  }

  @Test
  void linksOfOneRecordAreEqualBeforeTheirPathsAreAskedFor() {
    List<Link> one = Link.of(membership());
    List<Link> other = Link.of(membership());

    assertThat(one).isEqualTo(other);
    assertThat(one.get(0).hashCode()).isEqualTo(other.get(0).hashCode());
    assertThat(one.get(0)).isNotEqualTo(one.get(1));
    assertThat(one.get(0).path()).isEqualTo("member_id");
  }
}
