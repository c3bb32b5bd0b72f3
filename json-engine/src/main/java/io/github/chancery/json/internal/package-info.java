/**
 * Internal: the engine that reads and writes records by their shapes, through token readers and
 * writers of its own, so that it depends on no Jackson version and is shared by the Jackson 2
 * ({@code chancery-json}) and Jackson 3 ({@code chancery-json-jackson3}) artifacts. Not an API; it
 * may change in any release. Applications use those artifacts' {@code ChanceryJson} and {@code
 * ChanceryModule}.
 */
package io.github.chancery.json.internal;
