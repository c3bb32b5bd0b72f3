/**
 * Popolo import and export: {@link io.github.chancery.json.popolo.Popolo} reads a Popolo file
 * into a dossier with warnings for what it could not map, and writes a dossier as a Popolo
 * export document.
 */
package io.github.chancery.json.popolo;
