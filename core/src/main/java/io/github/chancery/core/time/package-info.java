/**
 * Dates as sources give them: {@link io.github.chancery.core.time.PartialDate} holds a year, a
 * month, a day or a zoned instant, never padded to a precision it lacks, and compares dates as
 * intervals so that no order is claimed that the data cannot support.
 */
package io.github.chancery.core.time;
