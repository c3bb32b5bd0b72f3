/**
 * Internal: the edge between Jackson 3 and the shared engine (token reader and writer, limits,
 * translation of Jackson 3's failures). Not an API; it may change in any release.
 */
package io.github.chancery.json.jackson3.internal;
