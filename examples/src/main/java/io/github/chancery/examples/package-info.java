/**
 * Runnable examples: {@link io.github.chancery.examples.SeedStoryExample}, the worked dossier of
 * the seed article, and the validator command in {@code validate}.
 */
package io.github.chancery.examples;
