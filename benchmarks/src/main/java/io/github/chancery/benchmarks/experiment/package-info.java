/**
 * Experiments that measure a direction before it is built into the library: code written by hand
 * as a generator would write it, read only by the benchmarks, never by users.
 */
package io.github.chancery.benchmarks.experiment;
