/**
 * Chancery's core: immutable, validated records of international relations, their values and
 * codes, dossiers and validation. No runtime dependencies; the Immutables annotations are needed
 * only to compile.
 */
@SuppressWarnings("requires-automatic")
module io.github.chancery.core {
  requires static org.immutables.value.annotations;

  exports io.github.chancery.core.actor;
  exports io.github.chancery.core.code;
  exports io.github.chancery.core.diplomacy;
  exports io.github.chancery.core.dossier;
  exports io.github.chancery.core.legislature;
  exports io.github.chancery.core.model;
  exports io.github.chancery.core.record;
  exports io.github.chancery.core.source;
  exports io.github.chancery.core.text;
  exports io.github.chancery.core.time;
  exports io.github.chancery.core.treaty;
  exports io.github.chancery.core.validation;
  exports io.github.chancery.core.vote;
  exports io.github.chancery.core.wire;
}
