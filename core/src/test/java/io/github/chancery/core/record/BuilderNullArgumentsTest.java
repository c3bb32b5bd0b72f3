package io.github.chancery.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.actor.DisputedEntity;
import io.github.chancery.core.actor.Membership;
import io.github.chancery.core.actor.Organization;
import io.github.chancery.core.actor.Person;
import io.github.chancery.core.actor.State;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.diplomacy.Statement;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A builder method given {@code null} for a whole list, array or {@code Optional} is a programming
 * error, refused at the call with a {@link NullPointerException}, as {@code java.time} refuses a
 * null argument: never accepted, never turned into a record that silently lacks what the caller
 * meant to give. (A null element of a list is data, reported by {@code build()} as a {@code
 * required} violation with its path; see the record tests.)
 */
final class BuilderNullArgumentsTest {
  private static final List<Class<?>> BUILT =
      List.of(
          DisputedEntity.class, Membership.class, Organization.class, Person.class, State.class, ProtestNote.class,
          Statement.class, Dossier.class, Legislature.class, Motion.class, Session.class, OtherName.class, Source.class,
          Treaty.class, Vote.class);

  /** Every builder method of one parameter that is a whole list, array or Optional. */
  static Stream<Method> wholeListArrayAndOptionalParameters() {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type : BUILT) {
      Class<?> builder = builderOf(type).getClass();
      for (Method method : builder.getMethods()) {
        if (method.getParameterCount() == 1 && takesAWhole(method.getParameterTypes()[0])) {
          methods.add(method);
        }
      }
    }
    return methods.stream();
  }

  private static boolean takesAWhole(Class<?> parameter) {
    return Iterable.class.isAssignableFrom(parameter) || Optional.class.isAssignableFrom(parameter) || parameter.isArray();
  }

  @Test
  void findsTheWholeListArrayAndOptionalParametersOfEveryBuilder() {
    // 53 lists (each with a setter, an addAll and an array form) and 91 Optionals, at the time
    // of writing: a floor, so that a change that hides them from this test fails it.
    assertThat(wholeListArrayAndOptionalParameters()).hasSizeGreaterThan(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeListArrayAndOptionalParameters")
  void refusesNullForAWholeListArrayOrOptionalAtTheCall(Method method) throws Exception {
    Object builder = builderOf(ownerOf(method));
    method.setAccessible(true);

    Throwable thrown = null;
    try {
      method.invoke(builder, new Object[] {null});
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    }

    assertThat(thrown).as(method.toGenericString()).isInstanceOf(NullPointerException.class);
    // Thrown by the builder method called (or the one it hands the list to), not later in build().
    StackTraceElement[] frames = thrown.getStackTrace();
    boolean handWritten = frames[0].getClassName().equals("java.util.Objects");
    StackTraceElement thrower = handWritten ? frames[1] : frames[0];
    assertThat(thrower.getMethodName()).as(method.getName()).isIn(method.getName(), addAllOf(method));
    if (handWritten) {
      // Objects.requireNonNull(value, "name"): the message is the parameter's name.
      assertThat(thrown.getMessage()).as(method.getName()).isNotBlank();
    } else {
      assertThat(thrown.getMessage()).as(method.getName()).contains("is null");
      if (!method.getParameterTypes()[0].isArray()) {
        // The generated parameter is named: "elements" for a list, the attribute for an Optional.
        String parameter = Optional.class.isAssignableFrom(method.getParameterTypes()[0]) ? method.getName() : "elements";
        assertThat(thrown.getMessage()).as(method.getName()).contains("\"" + parameter + "\"");
      }
    }
  }

  @Test
  void aNullElementIsDataReportedWithItsPathWhenTheRecordIsBuilt() {
    Vote.Builder vote =
        Vote.builder()
            .id("vote-1")
            .motion(Reference.to("motion-1"))
            .addCounts(Count.of(VoteOption.YES, 1), null);

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(vote::build);

    assertThat(thrown).isInstanceOf(io.github.chancery.core.validation.ValidationException.class).hasMessageContaining("counts[1]");
  }

  private static Class<?> ownerOf(Method method) {
    // The generated builder is nested in the generated class, which implements the public type.
    Class<?> generated = method.getDeclaringClass().getEnclosingClass();
    for (Class<?> type : BUILT) {
      if (type.isAssignableFrom(generated)) {
        return type;
      }
    }
    throw new AssertionError("no public type for " + generated);
  }

  private static String addAllOf(Method method) {
    String name = method.getName();
    return "addAll" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Object builderOf(Class<?> type) {
    try {
      return type.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " has no builder()", e);
    }
  }
}
