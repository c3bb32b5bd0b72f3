package io.github.chancery.core.record;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Chancery's records and their parts, applied in each model
 * package's {@code package-info.java}.
 *
 * <p>Generated classes are package-private: users reach them only through the public abstract
 * type ({@code Motion.builder()}, {@code motion.withTitle(...)}). Immutables' own validation is
 * off because every record checks its fields itself in a {@code @Value.Check} method, which
 * reports all violations at once through a {@code ValidationException} instead of Immutables'
 * "Cannot build" message. It is a compile-time annotation, absent at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // The generated builder is package-private too, so that javadoc documents its methods as
    // the public Builder's own (each with the accessor it sets) instead of listing bare names.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // build() and with...() return the public type, so calls chain outside the package.
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    optionalAcceptNullable = true,
    jdkOnly = true,
    // No @Generated annotations in the classes: users compiling against core would lack them.
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"party:parties", "quote:quotes"},
    defaults = @Value.Immutable(copy = true))
public @interface ChanceryStyle {}
