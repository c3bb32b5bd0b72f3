package io.github.chancery.benchmarks.payload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A congress of the House as Voteview publishes it, generated from a fixed seed: the members
 * ({@code H117_members.csv}, 435 members with the publisher's 22 columns), roll-call ({@code
 * H117_rollcalls.csv}, 230 roll calls with descriptions, counts and results) and votes ({@code
 * H117_votes.csv}, one row per member and roll call: {@link #BALLOTS} rows) files, with the
 * columns, quoting and number forms of the published files.
 *
 * <p>Each roll call is a party-line vote with a few members crossing over, about 3% not voting,
 * now and then one pair (cast codes 2 and 5) or a member present (7); every tenth is a motion to
 * suspend the rules (two thirds). The declared counts and results agree with the ballots, so the
 * import has no warning and its consistency report no finding: what is measured is the clean
 * path, every row mapped.
 *
 * <p>Stateless; {@link #write(Path)} makes the same bytes on every call.
 */
public final class VoteviewCorpus {
  /** Members of the House. */
  public static final int MEMBERS = 435;

  /** Roll calls in the congress. */
  public static final int ROLL_CALLS = 230;

  /** Rows of the votes file: one ballot per member and roll call. */
  public static final int BALLOTS = MEMBERS * ROLL_CALLS;

  /** The first {@code MAJORITY} members are of party 100, the last one independent (328), the rest 200. */
  private static final int MAJORITY = 222;

  private static final String[] STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
      "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
      "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
      "WI", "WY"};

  private VoteviewCorpus() {}

  /**
   * Writes the three files into a folder.
   *
   * @param folder an existing folder
   * @return the members, roll-calls and votes files, in that order
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Path folder) throws IOException {
    int[][] codes = castCodes();
    Path members = folder.resolve("H117_members.csv");
    try (BufferedWriter out = Files.newBufferedWriter(members, StandardCharsets.UTF_8)) {
      out.write("congress,chamber,icpsr,state_icpsr,district_code,state_abbrev,party_code,occupancy,last_means,bioname,"
          + "bioguide_id,born,died,nominate_dim1,nominate_dim2,nominate_log_likelihood,nominate_geo_mean_probability,"
          + "nominate_number_of_votes,nominate_number_of_errors,conditional,nokken_poole_dim1,nokken_poole_dim2\n");
      for (int m = 0; m < MEMBERS; m++) {
        double dim1 = party(m) == 200 ? 0.3 + (m % 40) / 100.0 : -0.3 - (m % 40) / 100.0;
        out.write("117,House," + icpsr(m) + "," + (m % 82 + 1) + "," + (m % 53 + 1) + "," + STATES[m % STATES.length] + ","
            + party(m) + ",,,\"FAMILY" + m + ", Given Middle\"," + String.format(Locale.ROOT, "X%06d", m) + ","
            + (1940 + m % 45) + ".0,," + decimal(dim1) + "," + decimal((m % 17) / 20.0 - 0.4) + ",-" + decimal(20 + m % 30)
            + "," + decimal(0.9 + (m % 9) / 100.0) + "," + (ROLL_CALLS - m % 7) + "," + (m % 11) + ",0.0,"
            + decimal(dim1 * 0.9) + "," + decimal((m % 13) / 20.0 - 0.3) + "\n");
      }
    }
    Path rollCalls = folder.resolve("H117_rollcalls.csv");
    LocalDate day = LocalDate.of(2021, 1, 4);
    try (BufferedWriter out = Files.newBufferedWriter(rollCalls, StandardCharsets.UTF_8)) {
      out.write("congress,chamber,rollnumber,date,session,clerk_rollnumber,majority_requirement,yea_count,nay_count,"
          + "nominate_mid_1,nominate_mid_2,nominate_spread_1,nominate_spread_2,nominate_log_likelihood,bill_number,"
          + "vote_result,vote_desc,vote_question,dtl_desc\n");
      for (int r = 1; r <= ROLL_CALLS; r++) {
        int yeas = count(codes[r - 1], 1);
        int nays = count(codes[r - 1], 6);
        boolean suspension = r % 10 == 0;
        boolean passed = suspension ? 3 * yeas >= 2 * (yeas + nays) : yeas > nays;
        out.write("117,House," + r + "," + day.plusDays(r * 2L) + "," + (r <= ROLL_CALLS / 2 ? 1 : 2) + "," + (r + 4) + ","
            + (suspension ? "2/3" : "1/2") + "," + yeas + "," + nays + ",0.012,-0.345,0.2,0.65,-" + decimal(40 + r % 60)
            + ",HR" + (100 + r) + "," + (passed ? "Passed" : "Failed") + ",\"To amend title " + (r % 50 + 1)
            + ", United States Code, and for other purposes\","
            + (suspension ? "On Motion to Suspend the Rules and Pass" : "On Passage") + ","
            + (r % 3 == 0 ? "" : "\"A bill to provide for " + r + " things, and for other purposes\"") + "\n");
      }
    }
    Path votes = folder.resolve("H117_votes.csv");
    try (BufferedWriter out = Files.newBufferedWriter(votes, StandardCharsets.UTF_8)) {
      out.write("congress,chamber,rollnumber,icpsr,cast_code,prob\n");
      for (int r = 1; r <= ROLL_CALLS; r++) {
        String prefix = "117,House," + r + ",";
        for (int m = 0; m < MEMBERS; m++) {
          int code = codes[r - 1][m];
          String prob = code == 1 || code == 6 ? String.format(Locale.ROOT, "%.1f", 50 + (r * 31 + m * 17) % 500 / 10.0) : "";
          out.write(prefix + icpsr(m) + "," + code + "," + prob + "\n");
        }
      }
    }
    return List.of(members, rollCalls, votes);
  }

  /** The cast codes, by roll call then member, from a fixed seed. */
  private static int[][] castCodes() {
    SplittableRandom random = new SplittableRandom(117);
    int[][] codes = new int[ROLL_CALLS][MEMBERS];
    for (int r = 0; r < ROLL_CALLS; r++) {
      boolean majoritySaysYes = random.nextInt(4) != 0;
      for (int m = 0; m < MEMBERS; m++) {
        boolean yes = party(m) == 100 ? majoritySaysYes : !majoritySaysYes;
        if (random.nextInt(100) < 6) {
          yes = !yes; // crossing over
        }
        int draw = random.nextInt(1000);
        codes[r][m] = draw < 30 ? 9 : draw < 32 ? 7 : yes ? 1 : 6;
      }
      if (r % 20 == 7) {
        codes[r][3] = 2; // one pair: a paired yea and a paired nay
        codes[r][MEMBERS - 3] = 5;
      }
    }
    return codes;
  }

  private static int count(int[] codes, int code) {
    int n = 0;
    for (int c : codes) {
      if (c == code) {
        n++;
      }
    }
    return n;
  }

  private static int party(int member) {
    return member == MEMBERS - 1 ? 328 : member < MAJORITY ? 100 : 200;
  }

  private static int icpsr(int member) {
    return 20_001 + member * 3;
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
