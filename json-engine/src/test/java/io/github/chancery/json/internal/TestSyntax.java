package io.github.chancery.json.internal;

import io.github.chancery.json.limits.ReadLimits;
import io.github.chancery.json.problem.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON line made for the engine's tests, with no Jackson: {@link TestTokens} to read, {@link
 * TestWriter} to write, {@link TestJsonException} for problems. Bytes are UTF-8, or UTF-16 after
 * its byte order mark; others are {@code NOT_AN_ENCODING}. Streams are read whole (the tests'
 * streams are small). Its "mapper" knows Chancery's types through {@link WireTypes}, as a line's
 * module does, and reads no other type but {@code String}.
 */
public final class TestSyntax implements JsonSyntax {
  /** The syntax under the default limits. */
  public static final TestSyntax DEFAULT = new TestSyntax(ReadLimits.defaults());

  private static final Map<Class<?>, DocumentEngine.Writing<?>> WRITERS = new LinkedHashMap<>();

  static {
    WireTypes.register(new WireTypes.Registry() {
      @Override
      public <T> void writer(Class<T> type, DocumentEngine.Writing<T> writing) {
        WRITERS.put(type, writing);
      }

      @Override
      public <T> void reader(Class<T> type, DocumentEngine.Reading<T> reading) {}

      @Override
      public <V> void key(Class<V> type, io.github.chancery.core.record.ValueType<V> valueType) {}
    });
  }

  private final ReadLimits limits;

  /** A syntax under these limits. */
  public TestSyntax(ReadLimits limits) {
    this.limits = limits;
  }

  private TestTokens tokens(String text, long maxLength) {
    return new TestTokens(text.toCharArray(), 0, text.length(), limits, maxLength);
  }

  private static String decode(byte[] bytes) throws ParseFailure {
    Charset charset = StandardCharsets.UTF_8;
    int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      charset = StandardCharsets.UTF_16; // reads and drops the byte order mark
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException notText) {
      throw ParseFailure.of(ParseFailure.Kind.NOT_AN_ENCODING, Paths.ROOT, 0, 0);
    }
  }

  @Override
  public TokenReader document(String text) {
    return tokens(text.startsWith("\uFEFF") ? text.substring(1) : text, limits.maxDocumentLength());
  }

  @Override
  public TokenReader document(byte[] bytes) throws IOException {
    return tokens(decode(bytes), limits.maxDocumentLength());
  }

  @Override
  public TokenReader document(InputStream in) throws IOException {
    return document(in.readAllBytes());
  }

  @Override
  public TokenReader stream(InputStream in) throws IOException {
    return tokens(decode(in.readAllBytes()), Long.MAX_VALUE);
  }

  @Override
  public TokenReader line(char[] chars, int offset, int length) {
    return new TestTokens(chars, offset, length, limits, Long.MAX_VALUE);
  }

  @Override
  public TokenWriter writer(OutputStream out) {
    return new TestWriter(out);
  }

  @Override
  public <T> T readOther(TokenReader in, Class<T> type) throws IOException {
    if (type == String.class && in.current() == TokenReader.Token.STRING) {
      return type.cast(in.text());
    }
    throw new IOException("the test syntax has no mapper for " + type.getSimpleName());
  }

  @Override
  @SuppressWarnings("unchecked")
  public void writeOther(OutputStream out, Object value) throws IOException {
    for (Map.Entry<Class<?>, DocumentEngine.Writing<?>> writer : WRITERS.entrySet()) {
      if (writer.getKey().isInstance(value)) {
        try (TokenWriter tokens = writer(out)) {
          ((DocumentEngine.Writing<Object>) writer.getValue()).write(tokens, value);
        }
        return;
      }
    }
    throw new IOException("the test syntax has no mapper for " + value.getClass().getSimpleName());
  }

  @Override
  public Exception failure(List<JsonProblem> problems, long recordIndex, long line) {
    return new TestJsonException(problems, recordIndex, line);
  }
}
