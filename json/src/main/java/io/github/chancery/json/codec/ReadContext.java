package io.github.chancery.json.codec;

import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.json.JsonProblem;
import io.github.chancery.json.JsonRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The state of reading one record: the problems found so far, whether unknown properties are
 * errors or only reported, and the id of the record when known. Not thread-safe: one per read.
 */
public final class ReadContext {
  private final Consumer<JsonProblem> ignoredListener;
  private final List<JsonProblem> problems = new ArrayList<>();
  private String recordId;

  /**
   * Creates a context.
   *
   * @param ignoredListener null for strict reading (unknown properties are errors); otherwise
   *     the listener told of each unknown property ignored
   */
  public ReadContext(Consumer<JsonProblem> ignoredListener) {
    this.ignoredListener = ignoredListener;
  }

  /** Returns a strict context. */
  public static ReadContext strict() {
    return new ReadContext(null);
  }

  /** Sets the id of the record being read, named in every problem found after; null to clear. */
  public void recordId(String id) {
    this.recordId = id;
    if (id != null) {
      // Problems found while the record's text was read (a duplicate key) come before its id is
      // known: they name it too.
      problems.replaceAll(p -> p.recordId().isPresent() ? p : JsonProblem.of(p.path(), p.rule(), p.message(), id));
    }
  }

  /** Records a problem found elsewhere, as it is. */
  public void problem(JsonProblem found) {
    problems.add(found);
  }

  /** Records a problem. */
  public void problem(String path, String rule, String message) {
    problems.add(JsonProblem.of(path, rule, message, recordId));
  }

  /** Records an unknown property at a path: an error when strict, reported when lenient. */
  public void unknownPropertyAt(String path) {
    unknownProperty(path);
  }

  /** Records an unknown property: an error when strict, reported to the listener when lenient. */
  void unknownProperty(String path) {
    if (ignoredListener == null) {
      problem(path, JsonRule.UNKNOWN_PROPERTY, "is not a property of this object");
    } else {
      ignoredListener.accept(
          JsonProblem.of(path, JsonRule.UNKNOWN_PROPERTY, "unknown property ignored", recordId));
    }
  }

  /** Records each violation of a core construction under the JSON path of what was built. */
  void violations(String path, ValidationException failure) {
    for (Violation violation : failure.violations()) {
      problem(Paths.join(path, violation.path()), violation.code().code(), violation.message());
    }
  }

  /**
   * Builds an object through the core from the values read, and returns it when nothing was
   * wrong with its JSON (no problem found since {@code since}) and the core accepted it.
   *
   * <p>The core runs even when the JSON had problems, on what could be read, so that a user
   * fixing a document learns of every rule it breaks at once. Its violations at, inside or
   * around a place whose JSON was already reported are left out, since they repeat that problem
   * (a count whose value was a string is also a count without a value); if the core cannot
   * run on what was read, only the JSON problems stand.
   *
   * @param path the JSON path of the object
   * @param since the number of problems found before the object's JSON was read
   * @param construction the core's construction of the object
   * @return the object, or null when a problem was found
   */
  <T> T build(String path, int since, java.util.function.Supplier<T> construction) {
    List<String> reported = new ArrayList<>();
    for (int i = since; i < problems.size(); i++) {
      reported.add(problems.get(i).path());
    }
    try {
      T built = construction.get();
      return reported.isEmpty() ? built : null;
    } catch (ValidationException failure) {
      for (Violation violation : failure.violations()) {
        String where = Paths.join(path, violation.path());
        if (reported.stream().noneMatch(p -> overlaps(p, where))) {
          problem(where, violation.code().code(), violation.message());
        }
      }
      return null;
    } catch (RuntimeException cannotRun) {
      if (reported.isEmpty()) {
        throw cannotRun;
      }
      // The values that could not be read were left out; the core cannot be asked about the rest.
      return null;
    }
  }

  /** Returns whether one path is the other, or lies inside it. */
  private static boolean overlaps(String a, String b) {
    return a.equals(b) || inside(a, b) || inside(b, a);
  }

  private static boolean inside(String inner, String outer) {
    return inner.length() > outer.length()
        && inner.startsWith(outer)
        && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
  }

  /** Returns how many problems have been found so far. */
  int problemCount() {
    return problems.size();
  }

  /** Returns the problems found, in order. */
  public List<JsonProblem> problems() {
    return List.copyOf(problems);
  }

  /** Returns whether any problem was found. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
