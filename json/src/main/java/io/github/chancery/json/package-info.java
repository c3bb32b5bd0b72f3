/**
 * JSON for Chancery's records: {@link io.github.chancery.json.ChanceryJson} (a hardened, strict
 * reader and canonical writer in one line), the Jackson {@link
 * io.github.chancery.json.ChanceryModule}, streaming of NDJSON and JSON arrays ({@link
 * io.github.chancery.json.RecordReader}, {@link io.github.chancery.json.RecordWriter}), typed
 * errors ({@link io.github.chancery.json.ChanceryJsonException}) and the published JSON Schema.
 * The wire format is documented in {@code docs/json.md}.
 */
package io.github.chancery.json;
