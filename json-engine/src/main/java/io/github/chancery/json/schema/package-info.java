/** The JSON Schemas of the wire format, generated from its declarations and shipped in the jar. */
package io.github.chancery.json.schema;
