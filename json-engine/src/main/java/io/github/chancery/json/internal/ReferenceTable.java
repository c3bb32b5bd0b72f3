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
  private String[] ids = new String[64];
  private Reference<?>[] references = new Reference<?>[64];
  private int size;

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
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i]; // String.hashCode's, so that an id's own hash finds its slot
    }
    int mask = ids.length - 1;
    for (int slot = spread(hash) & mask; ids[slot] != null; slot = (slot + 1) & mask) {
      String id = ids[slot];
      if (id.length() == length && sameChars(id, chars, offset)) {
        return references[slot];
      }
    }
    return null;
  }

  /**
   * Returns the reference met before with this id.
   *
   * @param id the id; not null
   * @return the reference, or null when none with this id was met (or it was forgotten)
   */
  Reference<?> find(String id) {
    int mask = ids.length - 1;
    for (int slot = spread(id.hashCode()) & mask; ids[slot] != null; slot = (slot + 1) & mask) {
      if (ids[slot].equals(id)) {
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
      Arrays.fill(ids, null);
      Arrays.fill(references, null);
      size = 0;
    } else if (size * 2 == ids.length) {
      String[] oldIds = ids;
      Reference<?>[] oldReferences = references;
      ids = new String[oldIds.length * 2];
      references = new Reference<?>[oldIds.length * 2];
      size = 0;
      for (int i = 0; i < oldIds.length; i++) {
        if (oldIds[i] != null) {
          put(oldIds[i], oldReferences[i]);
        }
      }
    }
    put(reference.id(), reference);
  }

  private void put(String id, Reference<?> reference) {
    int mask = ids.length - 1;
    int slot = spread(id.hashCode()) & mask;
    while (ids[slot] != null) {
      if (ids[slot].equals(id)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    ids[slot] = id;
    references[slot] = reference;
    size++;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean sameChars(String id, char[] chars, int offset) {
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
