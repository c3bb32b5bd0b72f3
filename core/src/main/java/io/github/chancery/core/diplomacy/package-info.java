/**
 * Diplomatic acts: {@link io.github.chancery.core.diplomacy.ProtestNote}s from one actor to
 * another, and public {@link io.github.chancery.core.diplomacy.Statement}s that take {@link
 * io.github.chancery.core.diplomacy.Position}s towards other records.
 */
@ChanceryStyle
package io.github.chancery.core.diplomacy;

import io.github.chancery.core.record.ChanceryStyle;
