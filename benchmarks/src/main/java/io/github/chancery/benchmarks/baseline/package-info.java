/**
 * What Chancery is measured against: plain Jackson databind over hand-written beans (the
 * baseline), a bare token scan (the floor), and the checks that both read what Chancery reads.
 */
package io.github.chancery.benchmarks.baseline;
