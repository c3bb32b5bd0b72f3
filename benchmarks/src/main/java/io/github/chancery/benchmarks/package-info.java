/**
 * JMH benchmarks of Chancery: reading, writing and building records against plain Jackson beans
 * and a token scan, streaming a million records in a 64 MB heap, the consistency check of a
 * dossier as it grows, and importing published CSV against the CSV reader alone. See {@code
 * benchmarks/README.md} for how to run them.
 */
package io.github.chancery.benchmarks;
