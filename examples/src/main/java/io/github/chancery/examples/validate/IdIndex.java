package io.github.chancery.examples.validate;

import io.github.chancery.core.record.RecordType;
import java.nio.charset.StandardCharsets;

/**
 * The ids of a stream's records and their types, kept as 64-bit fingerprints in two primitive
 * arrays: about 18 bytes per record however large the records are, so that a file of millions
 * of records can be checked for duplicate and dangling ids without holding the records. Two
 * different ids share a fingerprint with a probability near 10^-8 for a million records. Not
 * thread-safe.
 */
final class IdIndex {
  private static final byte EMPTY = 0;

  private long[] keys = new long[1 << 16];
  private byte[] types = new byte[1 << 16];
  private int size;

  /**
   * Adds an id with its type.
   *
   * @return false if the id was already there
   */
  boolean add(String id, RecordType type) {
    if (size * 2 >= keys.length) {
      grow();
    }
    long key = fingerprint(id);
    int slot = slot(key, keys.length);
    while (types[slot] != EMPTY) {
      if (keys[slot] == key) {
        return false;
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = key;
    types[slot] = (byte) (type.ordinal() + 1);
    size++;
    return true;
  }

  /** Returns the type of the record with this id, or null when there is none. */
  RecordType typeOf(String id) {
    long key = fingerprint(id);
    int slot = slot(key, keys.length);
    while (types[slot] != EMPTY) {
      if (keys[slot] == key) {
        return RecordType.values()[types[slot] - 1];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return null;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    byte[] oldTypes = types;
    keys = new long[oldKeys.length * 2];
    types = new byte[oldTypes.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldTypes[i] != EMPTY) {
        int slot = slot(oldKeys[i], keys.length);
        while (types[slot] != EMPTY) {
          slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = oldKeys[i];
        types[slot] = oldTypes[i];
      }
    }
  }

  private static int slot(long key, int capacity) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & (capacity - 1);
  }

  /** FNV-1a over the id's UTF-8 bytes, 64 bits. */
  static long fingerprint(String id) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
