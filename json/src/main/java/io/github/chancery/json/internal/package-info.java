/**
 * Internal: the engine that reads and writes records by their shapes, through token readers and
 * writers of its own, so that it depends on no Jackson version. Not an API; it may change in any
 * release. Applications use {@link io.github.chancery.json.ChanceryJson} and {@link
 * io.github.chancery.json.ChanceryModule}.
 */
package io.github.chancery.json.internal;
