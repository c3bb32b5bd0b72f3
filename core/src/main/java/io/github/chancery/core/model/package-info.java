/**
 * The record model as a whole: {@link io.github.chancery.core.model.Shapes} lists every record
 * type with its {@link io.github.chancery.core.record.Shape}, and every value and part type the
 * shapes use, for the code that handles records of any type (dossiers, JSON, schemas).
 */
package io.github.chancery.core.model;
