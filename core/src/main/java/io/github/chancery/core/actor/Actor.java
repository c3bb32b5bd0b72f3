package io.github.chancery.core.actor;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.text.MultilingualText;

/**
 * A record that can act: send a note, sign, sponsor, vote, make a statement, be a party.
 *
 * <p>Actors are {@link State}s, {@link DisputedEntity disputed entities}, {@link Organization}s
 * (international organisations and their organs, ministries), {@link Person}s, and legislatures.
 * Fields that accept any actor take a {@code Reference<? extends Actor>}, so a reference to a
 * state, a person or an organisation fits, and a reference to a motion does not.
 *
 * <p>Implemented only by the record types of this library; every implementation is immutable
 * and thread-safe.
 */
public interface Actor extends ChanceryRecord {
  /** Returns the actor's name, in as many languages as are known. */
  MultilingualText name();
}
