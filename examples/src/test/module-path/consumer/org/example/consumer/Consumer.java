package org.example.consumer;

import static io.github.chancery.testing.ChanceryAssertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.MotionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.ChanceryModule;
import io.github.chancery.json.problem.JsonProblem;
import io.github.chancery.json.schema.RecordSchemas;
import io.github.chancery.testing.MinimalRecords;
import io.github.chancery.testing.RecordGenerator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs on the module path: builds a vote with core, writes and reads it with chancery-json, finds
 * the Jackson modules by the services the modules provide, and checks what is exported. Prints one
 * line per check; throws (and so exits non-zero) at the first that fails.
 */
public final class Consumer {
  public static void main(String[] args) throws Exception {
    // Every Chancery module is a named module here, not an automatic or unnamed one.
    Module self = Consumer.class.getModule();
    Module core = Vote.class.getModule();
    Module json = ChanceryJson.class.getModule();
    Module engine = JsonProblem.class.getModule();
    check("consumer".equals(self.getName()), "the consumer runs as a named module, not " + self);
    check(core.getDescriptor() != null && !core.getDescriptor().isAutomatic(), "core has a module-info");
    check("io.github.chancery.core".equals(core.getName()), "core is io.github.chancery.core, not " + core);
    check("io.github.chancery.json".equals(json.getName()), "json is io.github.chancery.json, not " + json);
    check("io.github.chancery.json.engine".equals(engine.getName()), "the engine is io.github.chancery.json.engine");
    check("io.github.chancery.testing".equals(MinimalRecords.class.getModule().getName()), "testing is io.github.chancery.testing");
    check(self.canRead(core) && self.canRead(engine), "core and the engine are read through requires transitive");
    say("named modules: " + core.getName() + ", " + engine.getName() + ", " + json.getName() + ", "
        + io.github.chancery.json.jackson3.ChanceryJson.class.getModule().getName() + ", "
        + MinimalRecords.class.getModule().getName());

    // API packages are exported; internal ones are not (the engine's only to the two JSON modules).
    check(json.isExported("io.github.chancery.json"), "json exports its API");
    check(!json.isExported("io.github.chancery.json.internal.jackson"), "json does not export internal.jackson");
    check(engine.isExported("io.github.chancery.json.problem") && engine.isExported("io.github.chancery.json.limits")
        && engine.isExported("io.github.chancery.json.format") && engine.isExported("io.github.chancery.json.schema"), "the engine exports its API");
    check(!engine.isExported("io.github.chancery.json.internal"), "the engine does not export internal to all");
    check(!engine.isExported("io.github.chancery.json.internal", self), "the engine does not export internal to the consumer");
    check(engine.isExported("io.github.chancery.json.internal", json), "the engine exports internal to json");
    Class<?> wireNames = Class.forName("io.github.chancery.json.internal.WireNames");
    try {
      wireNames.getMethod("rootName", Class.class).invoke(null, Vote.class);
      throw new AssertionError("an internal class was callable by reflection");
    } catch (IllegalAccessException expected) {
      say("internal: " + expected.getClass().getSimpleName());
    }
    say("exports: API only");

    // A vote built with core, written and read with ChanceryJson.
    Motion motion =
        Motion.builder()
            .id("motion-1")
            .legislature(Reference.to("leg-1"))
            .kind(MotionKind.DRAFT_RESOLUTION)
            .title(MultilingualText.of(Map.of("en", "On the need to recognize")))
            .build();
    Vote vote =
        Vote.builder()
            .id("vote-1")
            .motion(Reference.of(motion))
            .result(VoteResult.ADOPTED)
            .date(PartialDate.parse("2020-11-25"))
            .addCounts(Count.of(VoteOption.YES, 305), Count.of(VoteOption.NO, 1))
            .build();
    ChanceryJson chanceryJson = ChanceryJson.strict();
    String written = chanceryJson.write(vote);
    Vote read = chanceryJson.read(written, Vote.class);
    check(read.equals(vote), "the vote reads back equal: " + written);
    check(chanceryJson.read(written) instanceof Vote, "a record is read by its type property");
    assertThat(read).isAdopted().hasCount(VoteOption.YES, 305);
    Dossier dossier = Dossier.of(List.of(motion, vote));
    Dossier readDossier =
        chanceryJson.readDossier(new ByteArrayInputStream(chanceryJson.writeDossier(dossier).getBytes(StandardCharsets.UTF_8)));
    check(readDossier.records().equals(dossier.records()), "the dossier reads back equal");
    Dossier generated = RecordGenerator.seeded(15).dossier(20);
    check(chanceryJson.readDossier(new ByteArrayInputStream(chanceryJson.writeDossier(generated).getBytes(StandardCharsets.UTF_8))).records().equals(generated.records()),
        "a generated dossier reads back equal");
    say("ChanceryJson: " + written);

    // findAndRegisterModules() finds the Chancery module by the module's provides.
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    check(mapper.getRegisteredModuleIds().contains(ChanceryModule.class.getName()),
        "findAndRegisterModules() registers the Chancery module: " + mapper.getRegisteredModuleIds());
    check(mapper.writeValueAsString(vote).equals(written), "the found module writes as ChanceryJson does");
    check(mapper.readValue(written, ChanceryRecord.class).equals(vote), "the found module reads the vote");
    check(!new ChanceryModule().version().isUnknownVersion(), "the module reads its version.properties");
    say("findAndRegisterModules: " + mapper.getRegisteredModuleIds());

    // Jackson 3 finds its Chancery module the same way.
    JsonMapper mapper3 = JsonMapper.builder().findAndAddModules().build();
    List<String> found3 = mapper3.registeredModules().stream().map(JacksonModule::getModuleName).toList();
    check(mapper3.registeredModules().stream().anyMatch(m -> m instanceof io.github.chancery.json.jackson3.ChanceryModule),
        "findAndAddModules() registers the Jackson 3 Chancery module: " + found3);
    check(mapper3.writeValueAsString(vote).equals(written), "Jackson 3 writes as Jackson 2 does");
    check(io.github.chancery.json.jackson3.ChanceryJson.strict().read(written, Vote.class).equals(vote), "Jackson 3 reads the vote");
    say("findAndAddModules (Jackson 3): " + found3);

    // The shipped schemas: by the API, and by their resource names (the package is open).
    try (InputStream schema = RecordSchemas.open(RecordSchemas.fileName(vote.recordType()))) {
      check(new String(schema.readAllBytes(), StandardCharsets.UTF_8).contains("\"$schema\""), "the vote's schema opens");
    }
    check(ClassLoader.getSystemClassLoader().getResource("io/github/chancery/json/schema/vote.schema.json") != null,
        "the schema is found by its resource name");
    say("schemas: readable");
    say("OK");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
