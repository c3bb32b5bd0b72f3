/**
 * Linked sets of records: a {@link io.github.chancery.core.dossier.Dossier} keeps records by id,
 * follows their references both ways, reports references that do not resolve, and runs the
 * consistency check, whose {@link io.github.chancery.core.dossier.ConsistencyReport} lists {@link
 * io.github.chancery.core.dossier.Finding}s of errors and warnings, each with a stable {@link
 * io.github.chancery.core.dossier.FindingCode}.
 */
package io.github.chancery.core.dossier;
