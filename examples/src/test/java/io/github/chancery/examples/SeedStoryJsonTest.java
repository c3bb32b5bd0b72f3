package io.github.chancery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.json.ChanceryJson;
import io.github.chancery.json.format.RecordReader;
import io.github.chancery.json.format.RecordWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole seed story survives JSON without loss: every record, and the story as a stream. */
final class SeedStoryJsonTest {
  private final ChanceryJson json = ChanceryJson.strict();
  private final List<ChanceryRecord> story = SeedStory.records();

  @Test
  void everyRecordOfTheStoryRoundTrips() throws Exception {
    for (ChanceryRecord record : story) {
      String written = json.write(record);
      ChanceryRecord read = json.read(written);

      assertThat(read).as(record.id()).isEqualTo(record);
      assertThat(json.write(read)).as(record.id()).isEqualTo(written);
    }
  }

  @Test
  void theStoryRoundTripsAsAnNdjsonStream() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = json.writeNdjson(out)) {
      for (ChanceryRecord record : story) {
        writer.write(record);
      }
    }

    List<ChanceryRecord> read = new ArrayList<>();
    try (RecordReader reader = json.readNdjson(new ByteArrayInputStream(out.toByteArray()))) {
      for (ChanceryRecord record = reader.next(); record != null; record = reader.next()) {
        read.add(record);
      }
    }

    assertThat(read).isEqualTo(story);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(story.size());
  }
}
