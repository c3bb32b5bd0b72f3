/** An application on the module path that uses Chancery's modules as a user's would. */
module consumer {
  requires io.github.chancery.json;
  requires io.github.chancery.json.jackson3;
  requires io.github.chancery.testing;
}
