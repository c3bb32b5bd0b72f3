/**
 * Internal: the Jackson 2 edge of the engine, its token reader and writer over Jackson's parser
 * and generator, the read constraints that name Chancery's limits, and the one translation of
 * Jackson's failures into Chancery's problems. Not an API; it may change in any release.
 */
package io.github.chancery.json.internal.jackson;
