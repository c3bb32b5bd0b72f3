/**
 * Chancery's JSON for Jackson 3 ({@code tools.jackson}): {@link
 * io.github.chancery.json.jackson3.ChanceryModule}, found by {@code findAndAddModules()}; {@link
 * io.github.chancery.json.jackson3.ChanceryJson}, a strict reader and canonical writer with a
 * ready mapper; and {@link io.github.chancery.json.jackson3.ChanceryJsonException}, unchecked.
 * The wire format, rules, limits and problems are those of the Jackson 2 artifact, through the
 * same engine ({@code docs/json.md}).
 */
package io.github.chancery.json.jackson3;
