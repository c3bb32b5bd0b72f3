/**
 * What every record shares: {@link io.github.chancery.core.record.ChanceryRecord} (an id, a type,
 * sources), typed {@link io.github.chancery.core.record.Reference}s between records, the
 * registered {@link io.github.chancery.core.record.RecordType} names, and the one Immutables
 * style, {@link io.github.chancery.core.record.ChanceryStyle}.
 */
@ChanceryStyle
package io.github.chancery.core.record;
