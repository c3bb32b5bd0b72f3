/**
 * The problems found in JSON, whichever Jackson version read it: {@link
 * io.github.chancery.json.problem.JsonProblem} (rule, JSON path, RFC 6901 pointer, message, record
 * id) and the rules of the format itself, {@link io.github.chancery.json.problem.JsonRule}. Each
 * Jackson artifact throws them in an exception that fits its Jackson: {@code
 * io.github.chancery.json.ChanceryJsonException} (checked, Jackson 2) and {@code
 * io.github.chancery.json.jackson3.ChanceryJsonException} (unchecked, Jackson 3).
 */
package io.github.chancery.json.problem;
