/**
 * Popolo import and export: {@link io.github.chancery.popolo.Popolo} reads a Popolo file into a
 * dossier with warnings for what it could not map, and writes a dossier as a Popolo export
 * document with a {@link io.github.chancery.popolo.PopoloExport} of the records it could not write
 * and why, through whichever JSON line the application has (Jackson 2 or Jackson 3).
 */
package io.github.chancery.popolo;
