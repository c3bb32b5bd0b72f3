package io.github.chancery.core.record;

import io.github.chancery.core.text.MultilingualText;

/**
 * A record that can act: send a note, sign, sponsor, vote, make a statement, be a party.
 *
 * <p>Actors are states, disputed entities, organisations (international organisations and their
 * organs, ministries), persons and legislatures. It is a role every domain package uses, so it
 * lives beside {@link ChanceryRecord} rather than in the actor package.
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
