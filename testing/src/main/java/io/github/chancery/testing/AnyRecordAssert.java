package io.github.chancery.testing;

import io.github.chancery.core.record.ChanceryRecord;

/**
 * Assertions on a record of any type: those of {@link RecordAssert}. Not thread-safe.
 */
public final class AnyRecordAssert extends RecordAssert<AnyRecordAssert, ChanceryRecord> {
  AnyRecordAssert(ChanceryRecord actual) {
    super(actual, AnyRecordAssert.class);
  }
}
