package io.github.chancery.core.validation;

/**
 * The stable code of a rule that a record, a document or a dossier can break: a construction
 * rule ({@link ViolationCode}), a rule of the consistency report ({@code FindingCode}), or a rule
 * of a wire format (such as the JSON module's {@code JsonRule}). Its {@linkplain #code() wire
 * form} is lower case with hyphens, never changes between releases, and is what applications
 * match on, store or translate.
 *
 * <p>Implementations are enums: immutable and thread-safe.
 */
public interface ProblemCode {
  /**
   * Returns the stable, lower-case code, such as {@code negative} or {@code unknown-property}.
   *
   * @return the code, lower case with hyphens; never null
   */
  String code();
}
