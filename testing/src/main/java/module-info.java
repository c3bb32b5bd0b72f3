/**
 * For users' test suites: AssertJ assertions in the words of the domain, seeded generators of
 * valid records and dossiers, and JSON fixtures injected by a JUnit 5 extension.
 */
module io.github.chancery.testing {
  requires transitive io.github.chancery.core;
  requires transitive io.github.chancery.json;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;

  exports io.github.chancery.testing;
}
