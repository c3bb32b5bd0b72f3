/**
 * The realistic records the benchmarks measure, built from seeds: the UN member states, members
 * of chambers with their offices, recorded votes, a large parliament dossier, a generated
 * NDJSON stream of a million records, and Voteview's CSV files of a House congress.
 */
package io.github.chancery.benchmarks.payload;
