package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tally.model.Document;

/**
 * Fuzz tests of each reader through {@link Inputs#read}, as the CLI calls it: any bytes in a file of the reader's
 * extension. {@code mvn verify} runs each against its committed inputs ({@code ReadersFuzzTestInputs/METHOD/}, crashes
 * found so far among them); {@code JAZZER_FUZZ=1 mvn test -Dtest='ReadersFuzzTest#csv'} fuzzes one for its
 * {@code maxDuration}. Properties: reading never throws, and every document and problem is well formed.
 */
class ReadersFuzzTest {
  private static final Path DIR = workFolder();

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] bytes) {
    read("fuzz.csv", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void tsv(byte[] bytes) {
    read("fuzz.tsv", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] bytes) {
    read("fuzz.jsonl", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonArray(byte[] bytes) {
    read("fuzz.json", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void html(byte[] bytes) {
    read("fuzz.html", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void warc(byte[] bytes) {
    read("fuzz.warc", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void warcGz(byte[] bytes) {
    read("fuzz.warc.gz", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void feed(byte[] bytes) {
    read("fuzz.xml", bytes);
  }

  /** Plain text, where encoding detection decides everything: a clean UTF-8 file must come back exactly. */
  @FuzzTest(maxDuration = "10m")
  void plainText(byte[] bytes) {
    Result result = read("fuzz.txt", bytes);
    strictUtf8(bytes).filter(text -> !text.isBlank() && text.charAt(0) != '\uFEFF' && text.indexOf('\0') < 0
            && !WideText.charsetOf(bytes, Math.min(bytes.length, 8192)).isPresent()
            && text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F)
                .count() * 10 <= bytes.length)
        .ifPresent(text -> assertThat(result.documents).singleElement()
            .satisfies(document -> assertThat(document.text()).isEqualTo(text)));
  }

  /** A file of unknown extension, whose format is sniffed from its first bytes, then read by any reader. */
  @FuzzTest(maxDuration = "10m")
  void sniffed(byte[] bytes) {
    read("fuzz", bytes);
  }

  private record Result(List<Document> documents, List<ReadProblem> problems) {
  }

  private static Result read(String name, byte[] bytes) {
    Path file = DIR.resolve(name);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InputSource source = InputSource.file(file, true);
    List<Document> documents = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    Inputs.read(source, ReadOptions.defaults(), InputStream.nullInputStream(), new DistinctIds(), documents::add,
        problems::add);
    long lines = lines(bytes);
    Map<String, String> texts = new HashMap<>();
    for (Document document : documents) {
      assertThat(document.id()).isNotBlank();
      assertThat(document.text()).isNotBlank();
      assertThat(Utf8Length.of(document.text())).isLessThanOrEqualTo(ReadOptions.DEFAULT_MAX_DOCUMENT_BYTES);
      String where = document.source().substring(Math.min(document.source().length(), source.name().length()));
      if (where.startsWith("@")) {
        // a WARC record: the byte it starts at
        assertThat(Long.parseLong(where.substring(1))).isBetween(0L, (long) bytes.length);
      } else if (where.startsWith("#item")) {
        // a feed item: its number
        assertThat(Long.parseLong(where.substring("#item".length()))).isPositive();
      } else if (!document.source().equals(source.name())) {
        assertThat(document.source()).startsWith(source.name() + ":");
        assertThat(Long.parseLong(document.source().substring(source.name().length() + 1))).isBetween(1L, lines);
      }
      // an id comes twice only for an exact copy
      String earlier = texts.putIfAbsent(document.id(), document.text());
      assertThat(earlier == null || earlier.equals(document.text())).as("id %s repeated", document.id()).isTrue();
    }
    for (ReadProblem problem : problems) {
      assertThat(problem.file()).isEqualTo(source.name());
      assertThat(problem.reason()).isNotBlank();
      if (problem.line() != null) {
        assertThat(problem.line()).isBetween(1L, lines);
      }
    }
    return new Result(documents, problems);
  }

  /** Lines as the readers count them, in any encoding: at most one more than the bytes that could end one. */
  private static long lines(byte[] bytes) {
    return bytes.length + 1L;
  }

  private static java.util.Optional<String> strictUtf8(byte[] bytes) {
    try {
      return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  /** A folder for the fuzz file, in memory when the machine has one (each input is written once). */
  private static Path workFolder() {
    try {
      Path shm = Path.of("/dev/shm");
      Path dir = Files.isDirectory(shm) && Files.isWritable(shm)
          ? Files.createTempDirectory(shm, "tally-fuzz") : Files.createTempDirectory("tally-fuzz");
      dir.toFile().deleteOnExit();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (var files = Files.list(dir)) {
          files.forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
          // a temporary folder left behind is harmless
        }
        dir.toFile().delete();
      }));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
