package io.github.chancery.popolo;

/**
 * What the mappings of one import share: the fields read with their warnings, the reconciler that
 * keeps the records, the parts several kinds have, and the references between objects. Each is a
 * step with its own state; this only hands them round.
 *
 * <p>Immutable; what it holds is not thread-safe: one per import.
 */
final class Shared {
  final Fields fields;
  final Reconciler records;
  final Parts parts;
  final References references;

  Shared(Fields fields, Reconciler records, References.Embedded embedded) {
    this.fields = fields;
    this.records = records;
    this.parts = new Parts(fields, records);
    this.references = new References(fields, records, embedded);
  }
}
