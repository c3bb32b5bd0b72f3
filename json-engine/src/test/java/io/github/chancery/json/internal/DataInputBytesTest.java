package io.github.chancery.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

final class DataInputBytesTest {
  @Test
  void givesTheBytesOfTheInputAndEndsWhereItDoes() throws IOException {
    byte[] bytes = {'{', (byte) 0xC3, (byte) 0xA9, '}'};

    try (DataInputBytes in = new DataInputBytes(new DataInputStream(new ByteArrayInputStream(bytes)))) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
      assertThat(in.read()).isEqualTo(-1);
    }
  }
}
