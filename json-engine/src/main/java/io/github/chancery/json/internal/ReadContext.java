package io.github.chancery.json.internal;

import io.github.chancery.core.validation.ProblemCode;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state of reading one record: where the reader is (a stack of property names and array
 * indexes, rendered as a {@code $.counts[1].value} path only when a problem is found), the
 * problems found so far, whether unknown properties are errors or only reported, and the id of
 * the record when known. Not thread-safe: one per read.
 */
public final class ReadContext {
  private final Consumer<JsonProblem> ignoredListener;
  private final List<JsonProblem> problems = new ArrayList<>(0);
  private String base = Paths.ROOT;
  private String[] names = new String[8];
  private int[] indexes = new int[8];
  private int depth;
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

  /**
   * Returns the listener told of unknown properties ignored, or null when reading strictly.
   *
   * @return the listener, or null for a strict context
   */
  public Consumer<JsonProblem> ignoredListener() {
    return ignoredListener;
  }

  /**
   * Returns a strict context.
   *
   * @return a new context in which unknown properties are errors
   */
  public static ReadContext strict() {
    return new ReadContext(null);
  }

  /**
   * Returns a context for a value a line's mapper meets inside a document: lenient when the
   * mapper keeps a listener of ignored properties under its deserializers' attribute, as a mapper
   * of {@code ChanceryJson.lenient} does, else strict.
   *
   * @param listener what the mapper keeps under the attribute: a {@code Consumer<JsonProblem>}, or
   *     null
   * @param path the JSON path of the value; not null
   * @return a new context at the path
   */
  @SuppressWarnings("unchecked")
  public static ReadContext embedded(Object listener, String path) {
    return new ReadContext(listener instanceof Consumer ? (Consumer<JsonProblem>) listener : null).at(path);
  }

  /**
   * Empties the context for the next record of a stream, so that one context serves them all.
   *
   * @return this context
   */
  public ReadContext reset() {
    if (!problems.isEmpty()) {
      problems.clear();
    }
    recordId = null;
    base = Paths.ROOT;
    depth = 0;
    return this;
  }

  /**
   * Sets the path of the value about to be read, such as {@code $[12]}; the stack is emptied.
   *
   * @param path the JSON path; not null
   * @return this context
   */
  public ReadContext at(String path) {
    this.base = path;
    this.depth = 0;
    return this;
  }

  /** Enters a property of the current object. */
  void enter(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  /** Enters an element of the current array. */
  void enter(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  /** Leaves what was last entered. */
  void leave() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /**
   * Returns the JSON path of the current place.
   *
   * @return the path, such as {@code $.counts[1].value}; never null
   */
  public String path() {
    String path = base;
    for (int i = 0; i < depth; i++) {
      path = names[i] == null ? Paths.index(path, indexes[i]) : Paths.property(path, names[i]);
    }
    return path;
  }

  /**
   * Sets the id of the record being read, named in every problem found after; null to clear.
   *
   * @param id the record's id, or null
   */
  public void recordId(String id) {
    this.recordId = id;
    if (id != null && !problems.isEmpty()) {
      // Problems found before its id was read (a duplicate type) name it too.
      problems.replaceAll(p -> p.recordId().isPresent() ? p : JsonProblem.of(p.code(), p.path(), p.message(), id));
    }
  }

  /**
   * Records a problem found elsewhere, as it is.
   *
   * @param found the problem; not null
   */
  public void problem(JsonProblem found) {
    problems.add(found);
  }

  /**
   * Records a problem at a path.
   *
   * @param code the rule broken; not null
   * @param path the JSON path; not null
   * @param message what is wrong, for people; not null
   */
  public void problem(ProblemCode code, String path, String message) {
    problems.add(JsonProblem.of(code, path, message, recordId));
  }

  /**
   * Records a problem at the current place.
   *
   * @param code the rule broken; not null
   * @param message what is wrong, for people; not null
   */
  public void problem(ProblemCode code, String message) {
    problem(code, path(), message);
  }

  /** Records an unknown property at the current place: an error when strict, reported when lenient. */
  public void unknownProperty() {
    unknownPropertyAt(path());
  }

  /**
   * Records an unknown property at a path: an error when strict, reported when lenient.
   *
   * @param path the JSON path of the property; not null
   */
  public void unknownPropertyAt(String path) {
    if (ignoredListener == null) {
      problem(JsonRule.UNKNOWN_PROPERTY, path, "is not a property of this object");
    } else {
      ignoredListener.accept(JsonProblem.of(JsonRule.UNKNOWN_PROPERTY, path, "unknown property ignored", recordId));
    }
  }

  /** Records each violation of a core construction under the current place. */
  void violations(ValidationException failure) {
    String path = path();
    for (Violation violation : failure.violations()) {
      problem(violation.code(), Paths.join(path, violation.path()), violation.message());
    }
  }

  /**
   * Builds an object through the core from the values read, and returns it when nothing was
   * wrong with its JSON (no problem found since {@code since}) and the core accepted it. The
   * current place is the object's.
   *
   * <p>The core runs even when the JSON had problems, on what could be read, so that a user
   * fixing a document learns of every rule it breaks at once. Its violations at, inside or
   * around a place whose JSON was already reported are left out, since they repeat that problem
   * (a count whose value was a string is also a count without a value); if the core cannot run
   * on what was read, only the JSON problems stand.
   *
   * @param since the number of problems found before the object's JSON was read
   * @param construction the core's construction of the object
   * @return the object, or null when a problem was found
   */
  <T> T build(int since, Supplier<T> construction) {
    boolean clean = problems.size() == since;
    try {
      T built = construction.get();
      return clean ? built : null;
    } catch (ValidationException failure) {
      String path = path();
      List<String> reported = new ArrayList<>();
      for (int i = since; i < problems.size(); i++) {
        reported.add(problems.get(i).path());
      }
      for (Violation violation : failure.violations()) {
        String where = Paths.join(path, violation.path());
        if (reported.stream().noneMatch(p -> overlaps(p, where))) {
          problem(violation.code(), where, violation.message());
        }
      }
      return null;
    } catch (RuntimeException cannotRun) {
      if (clean) {
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

  /**
   * Returns how many problems have been found so far.
   *
   * @return the number of problems, zero or more
   */
  public int problemCount() {
    return problems.size();
  }

  /**
   * Returns the problems found, in order.
   *
   * @return a copy of the problems, unmodifiable; never null
   */
  public List<JsonProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Returns whether any problem was found.
   *
   * @return true when at least one problem was recorded since the last reset
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
