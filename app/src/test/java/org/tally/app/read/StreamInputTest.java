package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a FIFO, a process substitution and a /proc file are read as streams, not called empty. */
class StreamInputTest {
  @TempDir
  Path dir;

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return fifo;
  }

  private static Thread writer(Path fifo, String content) {
    Thread thread = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    thread.start();
    return thread;
  }

  @Test
  void fifoNamedAsAFileIsReadAsAStream() throws Exception {
    Path fifo = fifo("feed");
    Thread writer = writer(fifo, "{\"id\":\"f1\",\"text\":\"Eight were killed.\"}\n");

    Reading reading = Reading.of(fifo.toString());
    writer.join(5000);

    assertThat(reading.only().id()).isEqualTo("f1");
    assertThat(reading.problems).isEmpty();
  }

  @Test
  void fifoWithAKnownExtensionIsReadByIt() throws Exception {
    Path fifo = fifo("rows.csv");
    Thread writer = writer(fifo, "id,text\n1,One.\n2,Two.\n");

    Reading reading = Reading.of(fifo.toString());
    writer.join(5000);

    assertThat(reading.ids()).containsExactly("1", "2");
  }

  @Test
  void procFileThatSaysItIsEmptyIsRead() {
    Path version = Path.of("/proc/version");
    assumeTrue(Files.isReadable(version), "no /proc here");

    Reading reading = Reading.of(version.toString());

    assertThat(reading.only().text()).isNotBlank();
  }

  @Test
  void emptyFileIsStillEmpty() throws IOException {
    Path empty = Files.createFile(dir.resolve("nothing.txt"));

    assertThat(Reading.of(empty.toString()).messages()).containsExactly(empty + ": empty file");
  }
}
