/** A module that reaches for Chancery's internals: it must not compile. */
module intruder {
  requires io.github.chancery.json;
}
