/**
 * For users' test suites: {@link io.github.chancery.testing.RecordGenerator}, seeded generators
 * of valid records of every type and of dossiers whose references resolve.
 */
package io.github.chancery.testing;
