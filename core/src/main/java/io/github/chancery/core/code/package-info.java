/**
 * Codes: {@link io.github.chancery.core.code.CountryCode} for states, and {@link
 * io.github.chancery.core.code.OpenCode}, the base of every open code list (vote options, motion
 * kinds, note forms...), which keeps values it does not know verbatim instead of refusing them or
 * mapping them to a wrong known one.
 */
package io.github.chancery.core.code;
