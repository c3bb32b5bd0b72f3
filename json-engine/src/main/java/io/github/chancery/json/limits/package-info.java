/**
 * The read limits that protect every Chancery JSON reader, whichever Jackson version it uses:
 * {@link io.github.chancery.json.limits.ReadLimits}.
 */
package io.github.chancery.json.limits;
