package io.github.chancery.benchmarks.payload;

import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.OrganizationKind;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;

/**
 * The eight political groups of a parliament, as {@code organization} records of kind {@code
 * political-group} whose parent is the chamber: the groups a member's ballot and the per-group
 * counts of a vote name.
 */
public final class PoliticalGroups {
  private static final String[][] GROUPS = {
    {"epp", "Group of the European People's Party", "EPP"},
    {"sd", "Group of the Progressive Alliance of Socialists and Democrats", "S&D"},
    {"renew", "Renew Europe Group", "Renew"},
    {"greens", "Group of the Greens/European Free Alliance", "Greens/EFA"},
    {"ecr", "European Conservatives and Reformists Group", "ECR"},
    {"id", "Identity and Democracy Group", "ID"},
    {"left", "The Left group", "The Left"},
    {"ni", "Non-attached Members", "NI"},
  };

  private PoliticalGroups() {}

  /**
   * Returns the groups of a chamber.
   *
   * @param chamberId the chamber, the parent of each group
   * @return a new list of the eight groups, ids {@code org-group-<chamber>-<abbreviation>}
   */
  public static List<Organization> of(String chamberId) {
    List<Organization> groups = new ArrayList<>(GROUPS.length);
    for (String[] group : GROUPS) {
      groups.add(
          Organization.builder()
              .id("org-group-" + chamberId.replace("leg-", "") + "-" + group[0])
              .name(MultilingualText.of("en", group[1]))
              .kind(OrganizationKind.POLITICAL_GROUP)
              .abbreviation(group[2])
              .parent(Reference.to(chamberId))
              .build());
    }
    return groups;
  }
}
