/**
 * How Chancery reports data that breaks a rule: one unchecked {@link
 * io.github.chancery.core.validation.ValidationException} per failed construction, listing every
 * {@link io.github.chancery.core.validation.Violation} with its path, stable {@link
 * io.github.chancery.core.validation.ViolationCode} and message.
 *
 * <p>Null arguments to factory methods are programming errors, not bad data: as in {@code
 * java.time}, they are rejected at once with a {@code NullPointerException} naming the parameter.
 * Required fields left unset on a builder are bad data and are reported as {@code required}.
 */
package io.github.chancery.core.validation;
