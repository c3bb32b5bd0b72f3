package io.github.chancery.testing;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryJsonException;
import io.github.chancery.json.problem.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link Fixture}: reads the named resource with the test class's
 * class loader, strictly, and gives it to the parameter. Registered by the annotation itself;
 * stateless and thread-safe.
 */
public final class FixtureExtension implements ParameterResolver {
  private static final ChanceryJson JSON = ChanceryJson.strict();

  /** Creates the extension; JUnit does. */
  public FixtureExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return parameter.isAnnotated(Fixture.class)
        && (ChanceryRecord.class.isAssignableFrom(type) || type == Dossier.class || type == String.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    String name = parameter.findAnnotation(Fixture.class).orElseThrow().value();
    Class<?> type = parameter.getParameter().getType();
    byte[] bytes = read(name, extension.getRequiredTestClass());
    try {
      if (type == String.class) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
      if (type == Dossier.class) {
        return JSON.readDossier(new ByteArrayInputStream(bytes));
      }
      return JSON.read(new String(bytes, StandardCharsets.UTF_8), type.asSubclass(ChanceryRecord.class));
    } catch (ChanceryJsonException e) {
      throw new ParameterResolutionException("The fixture " + name + " is not a valid " + type.getSimpleName() + ": "
          + e.problems().stream().map(JsonProblem::toString).collect(Collectors.joining("; ")));
    } catch (IOException e) {
      throw new ParameterResolutionException("The fixture " + name + " cannot be read: " + e.getMessage());
    }
  }

  private static byte[] read(String name, Class<?> testClass) {
    String resource = name.startsWith("/") ? name.substring(1) : name;
    try (InputStream in = testClass.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ParameterResolutionException("No fixture " + resource + " in the test resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ParameterResolutionException("The fixture " + resource + " cannot be read: " + e.getMessage());
    }
  }
}
