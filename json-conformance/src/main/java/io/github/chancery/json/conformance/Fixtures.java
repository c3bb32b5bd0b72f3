package io.github.chancery.json.conformance;

import io.github.chancery.core.record.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documents of the wire format's conformance suite, kept once in the suite's jar: the
 * fixtures under {@code fixtures/} (records, invalid documents, streams, dossiers, real-world
 * data) and the hostile-input corpus under {@code hostile/}. The adapters' own tests read them
 * here too.
 *
 * <p>Folders are listed wherever the suite's classes come from: a directory ({@code
 * target/classes}, as in a build of the suite's module alone) or the suite's jar (as in a build
 * of the whole project, or an adapter built on its own), whose entries are listed through a zip
 * file system opened for the listing and closed after it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Returns a fixture's text, without its final newline.
   *
   * @param path the fixture's path under {@code fixtures/}, such as {@code records/vote.json}
   * @return the text, decoded as UTF-8
   */
  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8).stripTrailing();
  }

  /**
   * Returns a fixture's bytes, as they are in the file.
   *
   * @param path the fixture's path under {@code fixtures/}, such as {@code streams/mixed.ndjson}
   * @return the bytes
   */
  public static byte[] bytes(String path) {
    return resource("fixtures/" + path);
  }

  /**
   * Returns whether there is a fixture at the path.
   *
   * @param path the fixture's path under {@code fixtures/}
   * @return true when the suite holds the file
   */
  public static boolean exists(String path) {
    return Fixtures.class.getResource("/fixtures/" + path) != null;
  }

  /**
   * Returns the bytes of one of the suite's documents.
   *
   * @param path its path from the root of the class path, such as {@code hostile/manifest.tsv}
   * @return the bytes
   * @throws IllegalArgumentException if there is no such document
   */
  public static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no document " + path + " in the conformance suite");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the wire names of the record types that have a fixture {@code records/<type>.json},
   * in the order of {@link RecordType}. A record type without one is still covered by the
   * suite, through a sample built from its shape ({@link SampleRecords}).
   *
   * @return the wire names, unmodifiable
   */
  public static List<String> recordTypesWithAFixture() {
    return Arrays.stream(RecordType.values())
        .map(RecordType::wireName)
        .filter(type -> exists("records/" + type + ".json"))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the names of the files in one of the suite's folders, sorted.
   *
   * @param folder the folder's path from the root of the class path, such as {@code
   *     fixtures/invalid} or {@code hostile}
   * @return the file names, without the folder, unmodifiable
   * @throws IllegalArgumentException if there is no such folder
   */
  public static List<String> list(String folder) {
    URL url = Fixtures.class.getResource("/" + folder);
    if (url == null) {
      throw new IllegalArgumentException("no folder " + folder + " in the conformance suite");
    }
    try {
      URI uri = url.toURI();
      switch (uri.getScheme()) {
        case "file":
          return names(Path.of(uri));
        case "jar":
          return namesInJar(uri);
        default:
          throw new IllegalStateException("cannot list " + uri);
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists a folder of a jar, {@code jar:file:/.../suite.jar!/fixtures/invalid}, through a zip
   * file system of the jar. Jazzer opens one of the same jar while it reads its seeds: when one
   * is open, it is used and left open.
   */
  private static synchronized List<String> namesInJar(URI folder) throws IOException {
    String entry = folder.toString().substring(folder.toString().indexOf("!/") + 1);
    try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
      return names(jar.getPath(entry));
    } catch (FileSystemAlreadyExistsException alreadyOpen) {
      return names(FileSystems.getFileSystem(folder).getPath(entry));
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .sorted()
          .collect(Collectors.toUnmodifiableList());
    }
  }
}
