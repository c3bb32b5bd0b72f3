package io.github.chancery.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link SparkSession} in local mode with two threads, {@code local[2]}: one session
 * for all the module's test classes, started by the first test that asks for it and stopped when
 * the test run ends, since starting one takes seconds. Small: no UI, two shuffle partitions, its
 * warehouse under {@code target}.
 *
 * <p>The JVM needs the options Spark's own launcher gives it on Java 17 (the module's Surefire
 * configuration passes them).
 */
final class LocalSpark implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalSpark.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // In the root store: shared by every test class of the run, closed once at its end.
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    return store.getOrComputeIfAbsent(Session.class, key -> new Session(), Session.class).spark;
  }

  /** The session, stopped when JUnit closes the root store. */
  private static final class Session implements AutoCloseable {
    private final SparkSession spark;

    Session() {
      Path target = Path.of("target").toAbsolutePath();
      spark = SparkSession.builder()
          .appName("chancery-spark-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          // Loopback only: no lookup of the machine's name, no listening on its other addresses.
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.warehouse.dir", target.resolve("spark-warehouse").toUri().toString())
          // Plans of records with many columns are long; printing them is of no use here.
          .config("spark.sql.debug.maxToStringFields", "200")
          .getOrCreate();
    }

    @Override
    public void close() {
      spark.stop();
    }
  }
}
