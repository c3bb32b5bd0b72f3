/**
 * Hand-written mutable beans with the same fields as Chancery's records, read and written by plain
 * Jackson databind without validation: what a user would write instead of Chancery.
 */
package io.github.chancery.benchmarks.baseline.pojo;
