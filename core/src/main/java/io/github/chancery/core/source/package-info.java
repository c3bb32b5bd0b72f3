/**
 * Provenance: {@link io.github.chancery.core.source.Source} records who published what, where
 * and when, and the words quoted, so that every record can say on whose report it rests.
 */
@ChanceryStyle
package io.github.chancery.core.source;

import io.github.chancery.core.record.ChanceryStyle;
