/**
 * Legislatures and the questions before them: {@link
 * io.github.chancery.core.legislature.Legislature} (a chamber, parliament, assembly or voting
 * organ) and {@link io.github.chancery.core.legislature.Motion} (a motion, draft resolution,
 * resolution, bill, amendment or declaration). Decisions on motions are in the {@code vote}
 * package.
 */
@ChanceryStyle
package io.github.chancery.core.legislature;

import io.github.chancery.core.record.ChanceryStyle;
