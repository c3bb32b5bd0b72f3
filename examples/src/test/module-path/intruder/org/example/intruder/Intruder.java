package org.example.intruder;

import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.internal.DocumentEngine;
import io.github.chancery.json.internal.jackson.ParseFailures;
import io.github.chancery.json.problem.JsonProblem;

/** Imports two internal packages (errors) beside API packages (fine). */
public final class Intruder {
  static final ChanceryJson JSON = ChanceryJson.strict();
  static final Class<?> PROBLEM = JsonProblem.class;
}
