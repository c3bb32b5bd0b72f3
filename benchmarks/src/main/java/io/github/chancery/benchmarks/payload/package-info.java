/**
 * The realistic records the benchmarks measure, built from seeds: the UN member states, members
 * of chambers with their offices, recorded votes, a large parliament dossier, and a generated
 * NDJSON stream of a million records.
 */
package io.github.chancery.benchmarks.payload;
