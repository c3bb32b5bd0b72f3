/**
 * Actors: {@link io.github.chancery.core.actor.State}s with their country codes, {@link
 * io.github.chancery.core.actor.DisputedEntity disputed entities} with their claims and
 * recognitions, {@link io.github.chancery.core.actor.Organization}s such as the UN or a foreign
 * ministry, and {@link io.github.chancery.core.actor.Person}s with the offices they hold.
 */
@ChanceryStyle
package io.github.chancery.core.actor;

import io.github.chancery.core.record.ChanceryStyle;
