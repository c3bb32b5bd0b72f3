/**
 * How Chancery reports data that breaks a rule: one unchecked {@link
 * io.github.chancery.core.validation.ValidationException} per failed construction, listing every
 * {@link io.github.chancery.core.validation.Violation} with its path, stable {@link
 * io.github.chancery.core.validation.ViolationCode} and message.
 *
 * <p>Missing data is reported as {@code required}: a required field left unset or set to null on
 * a builder or copy, a null element of a list, a null part given to a part's factory ({@code
 * Count.of(null, 3)}). Null arguments to the factories of values ({@code PartialDate.parse},
 * {@code LanguageTag.parse}, {@code Reference.to}...) are programming errors: as in {@code
 * java.time}, they are rejected at once with a {@code NullPointerException} naming the parameter.
 */
package io.github.chancery.core.validation;
