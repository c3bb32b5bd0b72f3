package io.github.chancery.benchmarks.payload;

import io.github.chancery.core.actor.Office;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Members of a chamber as {@code person} records, generated from a seed: a name, the seat they
 * hold now (from a start date before 2020, no end), for some an earlier term that ended, and for
 * a few a leadership office of the chamber held for a while. Every office names the chamber.
 */
public final class Legislators {
  private static final String[] GIVEN = {
    "Leo", "Marie", "Bruno", "Nathalie", "Ahmed", "Claire", "Peter", "Yuen Pau", "Rosa", "Donald",
    "Frances", "Marc", "Salma", "Hervé", "Josée", "Murray", "Amina", "Raymonde", "David", "Mobina"
  };
  private static final String[] FAMILY = {
    "Housakos", "Retailleau", "Marseille", "Dupuis", "Woo", "Galvez", "Plett", "Jaffer", "Gold",
    "Dalphond", "Lankin", "Gagné", "Boniface", "Omidvar", "Patterson", "Tannas", "Black", "Moodie",
    "Ataullahjan", "Cormier", "Simons", "Quinn", "Loffreda", "Wells"
  };
  private static final String[] LEADERSHIP = {
    "Speaker", "Deputy Speaker", "Leader of the Government", "Leader of the Opposition", "Whip",
    "Chair of the Committee on Foreign Affairs"
  };

  private Legislators() {}

  /**
   * Generates the members of a chamber.
   *
   * @param idPrefix the start of their ids, such as {@code person-ca-senator}; a number follows
   * @param chamberId the id of the chamber every office is in
   * @param role the role of a seat, such as {@code Senator}
   * @param count how many members
   * @param seed the seed of the names and dates
   * @return a new list of the members
   */
  public static List<Person> of(String idPrefix, String chamberId, String role, int count, long seed) {
    Random random = new Random(seed);
    List<Person> members = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
      int firstYear = 1990 + random.nextInt(30);
      Person.Builder person =
          Person.builder()
              .id(String.format("%s-%04d", idPrefix, i))
              .name(MultilingualText.of("en", name))
              .addSource(Reference.to(sourceId(chamberId)));
      if (random.nextInt(4) == 0 && firstYear < 2015) {
        // An earlier term that ended, then the current one.
        int endYear = firstYear + 1 + random.nextInt(4);
        person.addOffice(office(role, chamberId, date(random, firstYear)).withEnd(date(random, endYear)));
        person.addOffice(office(role, chamberId, date(random, Math.min(endYear + 1 + random.nextInt(3), 2019))));
      } else {
        person.addOffice(office(role, chamberId, date(random, firstYear)));
      }
      if (random.nextInt(10) == 0) {
        int from = 2000 + random.nextInt(15);
        person.addOffice(
            office(LEADERSHIP[random.nextInt(LEADERSHIP.length)], chamberId, date(random, from))
                .withEnd(date(random, from + 1 + random.nextInt(4))));
      }
      members.add(person.build());
    }
    return members;
  }

  /**
   * Returns the id of the source every member of a chamber cites: the chamber's list of members.
   *
   * @param chamberId the chamber, such as {@code leg-ca-senate}
   * @return the source id, such as {@code src-ca-senate-members}
   */
  public static String sourceId(String chamberId) {
    return chamberId.replace("leg-", "src-") + "-members";
  }

  private static Office office(String role, String chamberId, PartialDate start) {
    return Office.of(role).withOrganization(Reference.to(chamberId)).withStart(start);
  }

  private static PartialDate date(Random random, int year) {
    return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
  }
}
