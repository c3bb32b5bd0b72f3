/**
 * Treaties and agreements: {@link io.github.chancery.core.treaty.Treaty} with its parties,
 * {@link io.github.chancery.core.treaty.Signature}s, mediators, entry into force and {@link
 * io.github.chancery.core.treaty.ParticipantAction}s (ratification, accession, denunciation...),
 * each with its own date.
 */
@ChanceryStyle
package io.github.chancery.core.treaty;

import io.github.chancery.core.record.ChanceryStyle;
