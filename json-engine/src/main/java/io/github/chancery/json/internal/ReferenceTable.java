package io.github.chancery.json.internal;

import io.github.chancery.core.record.Reference;
import java.util.Arrays;

/**
 * The references met so far in one read of many records (a stream, a dossier document), found
 * again by the characters of their id without a string made of them: a stream of votes names the
 * same 193 states thousands of times, and each is then one {@link Reference}, its id checked once.
 *
 * <p>Holds at most {@value #MOST} ids, so that a stream of millions of distinct ids keeps a
 * bounded table: when full it is emptied and fills again with the ids met next. An open table of
 * ids and their references, probed linearly. Not thread-safe: one per read.
 */
final class ReferenceTable implements TokenReader.CharsMatcher<Reference<?>> {
  /** The most ids held, half the slots, so that probes stay short. */
  static final int MOST = 2048;

  // Small at first, as a dossier names a few dozen records; doubled while half full, up to MOST.
  private int[] hashes = new int[64];
  private String[] ids = new String[64];
  private Reference<?>[] references = new Reference<?>[64];
  private int shift = 32 - 6; // the slot is the top bits of the mixed hash: log2 of the length
  private int size;
  private boolean missed; // the last match looked at the characters and found no reference

  /**
   * Returns the reference met before with these characters as its id.
   *
   * @param chars the characters, lent for the call
   * @param offset where the id starts
   * @param length its length
   * @return the reference, or null when no reference with this id was met (or it was forgotten)
   */
  @Override
  public Reference<?> match(char[] chars, int offset, int length) {
    int hash = hash(chars, offset, length);
    int mask = ids.length - 1;
    for (int slot = slot(hash); ids[slot] != null; slot = (slot + 1) & mask) {
      String id = ids[slot];
      if (hashes[slot] == hash && TokenReader.CharsMatcher.equal(id, chars, offset, length)) {
        return references[slot];
      }
    }
    missed = true;
    return null;
  }

  /**
   * Returns whether the last {@link #match} looked at the characters and found no reference, and
   * forgets it: the id's string need not then be looked up again.
   *
   * @return true after a miss on the parser's characters
   */
  boolean takeMiss() {
    boolean was = missed;
    missed = false;
    return was;
  }

  /**
   * Forgets every reference, keeping the room made for them: for the next read of a thread.
   */
  void clear() {
    if (size > 0) {
      Arrays.fill(ids, null);
      Arrays.fill(references, null);
      size = 0;
    }
    missed = false;
  }

  /**
   * Returns the reference met before with this id.
   *
   * @param id the id; not null
   * @return the reference, or null when none with this id was met (or it was forgotten)
   */
  Reference<?> find(String id) {
    int hash = id.hashCode();
    int mask = ids.length - 1;
    for (int slot = slot(hash); ids[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && ids[slot].equals(id)) {
        return references[slot];
      }
    }
    return null;
  }

  /**
   * Remembers a reference read and checked, to give it again for the same id.
   *
   * @param reference the reference; not null
   */
  void remember(Reference<?> reference) {
    if (size == MOST) {
      clear();
    } else if (size * 2 == ids.length) {
      int[] oldHashes = hashes;
      String[] oldIds = ids;
      Reference<?>[] oldReferences = references;
      hashes = new int[oldIds.length * 2];
      ids = new String[oldIds.length * 2];
      references = new Reference<?>[oldIds.length * 2];
      shift--;
      size = 0;
      for (int i = 0; i < oldIds.length; i++) {
        if (oldIds[i] != null) {
          put(oldHashes[i], oldIds[i], oldReferences[i]);
        }
      }
    }
    String id = reference.id();
    put(id.hashCode(), id, reference); // the id's string keeps its hash for whoever asks next
  }

  private void put(int hash, String id, Reference<?> reference) {
    int mask = ids.length - 1;
    int slot = slot(hash);
    while (ids[slot] != null) {
      if (hashes[slot] == hash && ids[slot].equals(id)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    ids[slot] = id;
    references[slot] = reference;
    size++;
  }

  /**
   * Returns the hash {@code String.hashCode} gives the characters, so that an id's own hash finds
   * its slot: four characters a step, so that the multiplications do not wait on one another.
   */
  static int hash(char[] chars, int offset, int length) {
    int hash = 0;
    int i = offset;
    for (int end = offset + (length & ~3); i < end; i += 4) {
      hash = 923_521 * hash + 29_791 * chars[i] + 961 * chars[i + 1] + 31 * chars[i + 2] + chars[i + 3];
    }
    for (int end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  // Ids of a publisher differ in their last characters ("...-0001", "...-0002"), whose hashes are
  // near one another: the hash is mixed (Fibonacci hashing) so that they do not fill runs of
  // neighbouring slots, which linear probing would then walk.
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
