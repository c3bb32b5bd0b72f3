/**
 * The wire format as applications use it, the same in both Jackson lines: {@link
 * io.github.chancery.json.format.AbstractChanceryJson}, which each line's {@code ChanceryJson}
 * extends, and the {@link io.github.chancery.json.format.RecordReader} and {@link
 * io.github.chancery.json.format.RecordWriter} of record streams.
 */
package io.github.chancery.json.format;
