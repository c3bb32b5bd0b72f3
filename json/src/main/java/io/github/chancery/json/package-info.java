/**
 * Chancery's JSON with Jackson 2: {@link io.github.chancery.json.ChanceryJson} (a hardened, strict
 * reader and canonical writer in one line, with record streams in {@code
 * io.github.chancery.json.format}), the Jackson {@link io.github.chancery.json.ChanceryModule},
 * and typed errors ({@link io.github.chancery.json.ChanceryJsonException}). The wire format
 * itself is the engine's, the same with Jackson 3; it is documented in {@code docs/json.md}.
 */
package io.github.chancery.json;
