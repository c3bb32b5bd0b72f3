/**
 * Internal: the declarations of the wire format ({@link
 * io.github.chancery.json.codec.RecordCodecs}) and the machinery that writes, reads and
 * describes records from them. Public only so that the serializer, deserializer and schema
 * packages can use it; not part of the API, and may change in any release.
 */
package io.github.chancery.json.codec;
