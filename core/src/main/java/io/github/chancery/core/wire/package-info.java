/**
 * The ground floor of the core: what every other package may use and which uses nothing of the
 * core itself. {@link io.github.chancery.core.wire.WireValue} marks the types that only
 * Chancery's JSON modules write, and {@link io.github.chancery.core.wire.WireName} is the wire
 * name of a property, which validation paths are built from.
 */
package io.github.chancery.core.wire;
