package io.github.chancery.core.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers: no package uses, through any chain of others, a package that
 * uses it. Read from the compiled classes, where every use shows, including those a source file
 * never names (a method's return type, an annotation of the package).
 */
final class PackageLayersTest {
  private static final String CORE = "io/github/chancery/core/";
  private static final Pattern CORE_TYPE = Pattern.compile(Pattern.quote(CORE) + "([a-z]+)/");

  /** Package to the packages it uses, each with a class that shows the use. */
  private static Map<String, Map<String, String>> uses;

  @BeforeAll
  static void readTheCompiledClasses() throws IOException, URISyntaxException {
    Path classes = Path.of(ChanceryRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    uses = uses(classes);
  }

  @Test
  void noPackageOfTheCoreUsesAPackageThatUsesIt() {
    assertThat(cycles(uses)).as("package cycles in core, each with a class per use").isEmpty();
  }

  @Test
  void theGroundFloorUsesNothingOfTheCore() {
    assertThat(uses).containsKey("wire");
    assertThat(uses.get("wire")).as("what the wire package uses").isEmpty();
  }

  @Test
  void valuesAndValidationUseNothingAboveThem() {
    Set<String> floors = Set.of("wire", "validation", "time", "text", "code");
    for (String value : List.of("validation", "time", "text", "code")) {
      assertThat(uses.get(value).keySet()).as("what %s uses", value).isSubsetOf(floors);
    }
    assertThat(uses.get("validation").keySet()).containsOnly("wire");
  }

  @Test
  void aCycleIsFoundAndNamed() {
    Map<String, Map<String, String>> looped =
        Map.of(
            "record", Map.of("text", "record/ValueType"),
            "text", Map.of("wire", "text/LanguageTag", "record", "text/LanguageTag"),
            "wire", Map.of());

    assertThat(cycles(looped)).containsExactly("record -> text (record/ValueType), text -> record (text/LanguageTag)");
  }

  /** Every cycle of packages, each named with the class that shows each use. */
  private static List<String> cycles(Map<String, Map<String, String>> graph) {
    List<String> found = new ArrayList<>();
    for (Set<String> component : stronglyConnected(graph)) {
      if (component.size() > 1) {
        found.add(
            component.stream()
                .flatMap(from -> graph.get(from).entrySet().stream()
                    .filter(use -> component.contains(use.getKey()))
                    .map(use -> from + " -> " + use.getKey() + " (" + use.getValue() + ")"))
                .collect(Collectors.joining(", ")));
      }
    }
    return found;
  }

  /** Tarjan's strongly connected components, each sorted by name. */
  private static List<Set<String>> stronglyConnected(Map<String, Map<String, String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    List<Set<String>> components = new ArrayList<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      if (!index.containsKey(start)) {
        connect(start, graph, index, low, stack, components);
      }
    }
    return components;
  }

  private static void connect(
      String node,
      Map<String, Map<String, String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      List<Set<String>> components) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Map.of()).keySet())) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, components);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        component.add(member);
      } while (!member.equals(node));
      components.add(component);
    }
  }

  private static Map<String, Map<String, String>> uses(Path classes) throws IOException {
    Map<String, Map<String, String>> graph = new TreeMap<>();
    Path root = classes.resolve(CORE);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/').replaceFirst("\\.class$", "");
      if (!name.contains("/")) {
        continue; // no class lives in the root package
      }
      String from = name.substring(0, name.indexOf('/'));
      Map<String, String> used = graph.computeIfAbsent(from, p -> new TreeMap<>());
      for (String text : constants(file)) {
        Matcher type = CORE_TYPE.matcher(text);
        while (type.find()) {
          if (!type.group(1).equals(from)) {
            used.putIfAbsent(type.group(1), name);
          }
        }
      }
    }
    return graph;
  }

  /** The texts of a class file's constant pool: class names, descriptors, signatures, literals. */
  private static List<String> constants(Path classFile) throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream bytes = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(bytes)) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1: // Utf8
            texts.add(in.readUTF());
            break;
          case 3: // Integer
          case 4: // Float
          case 9: // Fieldref
          case 10: // Methodref
          case 11: // InterfaceMethodref
          case 12: // NameAndType
          case 17: // Dynamic
          case 18: // InvokeDynamic
            in.readInt();
            break;
          case 5: // Long
          case 6: // Double
            in.readLong();
            i++; // takes two entries
            break;
          case 7: // Class
          case 8: // String
          case 16: // MethodType
          case 19: // Module
          case 20: // Package
            in.readUnsignedShort();
            break;
          case 15: // MethodHandle
            in.readUnsignedByte();
            in.readUnsignedShort();
            break;
          default:
            throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
        }
      }
    }
    return texts;
  }
}
