package io.github.chancery.testing;

import io.github.chancery.core.dossier.ConsistencyReport;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.vote.Vote;
import org.assertj.core.api.Assertions;

/**
 * The entry point of Chancery's assertions, and of all of AssertJ's: {@code import static
 * io.github.chancery.testing.ChanceryAssertions.assertThat;} then
 *
 * <pre>{@code
 * assertThat(vote).isAdopted().hasCount(YES, 305);
 * assertThat(dossier).resolvesAllReferences();
 * assertThat(report).hasNoErrors().hasWarning(COUNTS_DISAGREE_WITH_BALLOTS).at("records[3].counts[0].value");
 * assertThatJson(text).isCanonicalFormOf(vote);
 * }</pre>
 *
 * <p>Failure messages speak the domain and show what was expected beside what was found.
 * Stateless.
 */
public class ChanceryAssertions extends Assertions {
  /** For subclasses that add assertions of their own. */
  protected ChanceryAssertions() {}

  /**
   * Starts assertions on a vote.
   *
   * @param actual the vote
   * @return the assertions
   */
  public static VoteAssert assertThat(Vote actual) {
    return new VoteAssert(actual);
  }

  /**
   * Starts assertions on a record of any type.
   *
   * @param actual the record
   * @return the assertions
   */
  public static AnyRecordAssert assertThat(ChanceryRecord actual) {
    return new AnyRecordAssert(actual);
  }

  /**
   * Starts assertions on a dossier.
   *
   * @param actual the dossier
   * @return the assertions
   */
  public static DossierAssert assertThat(Dossier actual) {
    return new DossierAssert(actual);
  }

  /**
   * Starts assertions on a consistency report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ReportAssert assertThat(ConsistencyReport actual) {
    return new ReportAssert(actual);
  }

  /**
   * Starts assertions on JSON text.
   *
   * @param actual the text
   * @return the assertions
   */
  public static JsonAssert assertThatJson(String actual) {
    return new JsonAssert(actual);
  }
}
