package io.github.chancery.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a JSON fixture from the test's resources into a JUnit 5 test parameter, read strictly
 * and validated:
 *
 * <pre>{@code
 * @Test
 * void countsTheFrenchSenatesVote(@Fixture("fixtures/senate-vote.json") Vote vote) {
 *   assertThat(vote).isAdopted().hasCount(YES, 305);
 * }
 * }</pre>
 *
 * <p>The parameter may be any record type, {@code ChanceryRecord}, a {@code Dossier} (a dossier
 * document) or {@code String} (the text itself). A fixture that is missing, or is not valid, fails
 * the test before it runs, naming the file, the JSON path and the rule broken.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(FixtureExtension.class)
public @interface Fixture {
  /**
   * Returns the fixture's path in the test resources, such as {@code fixtures/vote.json}.
   *
   * @return the resource path, without a leading slash
   */
  String value();
}
