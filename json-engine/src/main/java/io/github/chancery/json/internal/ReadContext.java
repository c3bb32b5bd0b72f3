package io.github.chancery.json.internal;

import io.github.chancery.core.record.Shape;
import io.github.chancery.core.validation.ProblemCode;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.problem.JsonRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state of reading one record: where the reader is (a stack of property names and array
 * indexes, rendered as a {@code $.counts[1].value} path only when a problem is found), the
 * problems found so far, whether unknown properties are errors or only reported, and the id of
 * the record when known. Not thread-safe: one per read.
 */
public final class ReadContext {
  private Consumer<JsonProblem> ignoredListener;
  private List<JsonProblem> problems = new ArrayList<>(0);
  private String base = Paths.ROOT;
  private int baseIndex = -1; // when not negative, the base is this element of the array at base
  private String[] names = new String[8];
  private int[] indexes = new int[8];
  private int depth;
  private String recordId;
  // Arrays of property values lent to the reader, by level of nesting and length, reused for
  // every object of the read: a vote's ballots are read one after another into the same one.
  private Object[][][] slots;
  private int slotLevel;
  private ReferenceTable references; // only in reads of many records
  private ArrayList<Object>[] lists; // lent to gather the elements of arrays, by level of nesting
  private int listLevel;
  private ReadContext records; // for the records of a document read in this one, kept with it

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
    if (problems.size() > 64) {
      problems = new ArrayList<>(0); // not kept: a context may be kept for its thread's next read
    } else if (!problems.isEmpty()) {
      problems.clear();
    }
    recordId = null;
    base = Paths.ROOT;
    baseIndex = -1;
    depth = 0;
    slotLevel = 0;
    returnListsTo(0);
    return this;
  }

  /**
   * Makes this context, which reads many records, remember the references it reads, so that an id
   * met again gives the same {@code Reference} without a new string or a new check.
   *
   * @return this context
   */
  public ReadContext rememberingReferences() {
    if (references == null) {
      references = new ReferenceTable();
    }
    return this;
  }

  /**
   * Returns the context in which the records of a document read in this one are read, one after
   * another: kept with this context, and so with its thread between reads, so that its arrays
   * are made once; it remembers the references the records share, and is emptied when asked for.
   *
   * @param ignoredListener null for strict reading; otherwise the listener told of each unknown
   *     property ignored
   * @return the records' context, emptied, forgetting the references of any read before
   */
  public ReadContext forRecords(Consumer<JsonProblem> ignoredListener) {
    if (records == null) {
      records = new ReadContext(ignoredListener).rememberingReferences();
    } else {
      records.reusedFor(ignoredListener);
    }
    return records;
  }

  /**
   * Returns the references read so far, or null when this context reads one record and remembers
   * none.
   *
   * @return the table, or null
   */
  ReferenceTable references() {
    return references;
  }

  /**
   * Lends an array of {@code size} empty slots for the values of one object at the next level of
   * nesting; give it back with {@link #returnSlots(Object[])} once the object is built.
   *
   * @param size the number of the object's properties
   * @return an array of that length, every slot null
   */
  Object[] borrowSlots(int size) {
    int level = slotLevel++;
    if (slots == null) {
      slots = new Object[4][][];
    } else if (level == slots.length) {
      slots = Arrays.copyOf(slots, level * 2);
    }
    Object[][] bySize = slots[level];
    if (bySize == null || size >= bySize.length) {
      // Grown to the largest shape met so far, at least doubling, so that a read meeting ever
      // larger records copies the table a few times, not once for each new size.
      int length = bySize == null ? size + 1 : Math.max(size + 1, bySize.length * 2);
      bySize = slots[level] = bySize == null ? new Object[length][] : Arrays.copyOf(bySize, length);
    }
    Object[] lent = bySize[size];
    if (lent == null) {
      lent = bySize[size] = new Object[size];
    }
    return lent;
  }

  /**
   * Lends an empty list to gather the elements of an array; it is given back with the others
   * lent since a mark ({@link #returnListsTo(int)}).
   *
   * @return an empty list
   */
  @SuppressWarnings("unchecked")
  ArrayList<Object> borrowList() {
    int level = listLevel++;
    if (lists == null) {
      lists = (ArrayList<Object>[]) new ArrayList<?>[4];
    } else if (level == lists.length) {
      lists = Arrays.copyOf(lists, level * 2);
    }
    if (lists[level] == null) {
      lists[level] = new ArrayList<>();
    }
    return lists[level];
  }

  /**
   * Returns a mark of the lists lent so far, to give back with {@link #returnListsTo(int)} those
   * lent after it.
   *
   * @return the mark
   */
  int listMark() {
    return listLevel;
  }

  /**
   * Takes back, emptied, every list lent since a mark: the lists of an object's properties, once
   * the object is built and its builder has copied them.
   *
   * @param mark what {@link #listMark()} returned before they were lent
   */
  void returnListsTo(int mark) {
    while (listLevel > mark) {
      listLevel--;
      ArrayList<Object> lent = lists[listLevel];
      if (lent.size() > MOST_KEPT_ELEMENTS) {
        lists[listLevel] = null; // not kept: a context lives as long as its thread
      } else {
        lent.clear();
      }
    }
  }

  /** The most elements a list lent for arrays keeps room for between reads. */
  private static final int MOST_KEPT_ELEMENTS = 4096;

  /**
   * Takes back the array lent last, emptied for the next object.
   *
   * @param lent the array {@link #borrowSlots(int)} returned last
   */
  void returnSlots(Object[] lent) {
    Arrays.fill(lent, null);
    slotLevel--;
  }

  /**
   * Empties the context for another read with its own listener: the context a thread keeps
   * between its reads holds no listener, and so none of the application's objects, in between,
   * and forgets the references read, so that one read gives none of another's.
   *
   * @param ignoredListener null for strict reading; otherwise the listener told of each unknown
   *     property ignored
   * @return this context
   */
  public ReadContext reusedFor(Consumer<JsonProblem> ignoredListener) {
    reset();
    if (references != null) {
      references.clear();
    }
    if (records != null) {
      records.reusedFor(null); // until a document read in this context asks for it again
    }
    this.ignoredListener = ignoredListener;
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
    this.baseIndex = -1;
    this.depth = 0;
    return this;
  }

  /**
   * Sets the path of the value about to be read to an element of an array, such as the twelfth of
   * {@code $.records}, rendered only if a problem is found; the stack is emptied.
   *
   * @param array the JSON path of the array; not null
   * @param index the element's index
   * @return this context
   */
  public ReadContext at(String array, int index) {
    this.base = array;
    this.baseIndex = index;
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
    String path = baseIndex < 0 ? base : Paths.index(base, baseIndex);
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
    return construct(since, (made, unused) -> made.get(), construction, null);
  }

  /**
   * Builds an object of a shape from the values read into its slots, as {@link #build(int,
   * Supplier)} does.
   *
   * @param since the number of problems found before the object's JSON was read
   * @param shape the object's shape
   * @param values its values, one slot per property, null where absent or unreadable
   * @return the object, or null when a problem was found
   */
  <T> T build(int since, Shape<T> shape, Object[] values) {
    return construct(since, Shape::create, shape, values); // no closure for each ballot
  }

  private <A, B, T> T construct(int since, BiFunction<A, B, T> construction, A first, B second) {
    boolean clean = problems.size() == since;
    try {
      T built = construction.apply(first, second);
      return clean ? built : null;
    } catch (ValidationException failure) {
      return failed(since, failure);
    } catch (RuntimeException cannotRun) {
      if (clean) {
        throw cannotRun;
      }
      // The values that could not be read were left out; the core cannot be asked about the rest.
      return null;
    }
  }

  private <T> T failed(int since, ValidationException failure) {
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
