package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs in a batch: each gives one clear line naming the file, and the good file beside it is still read. */
class InputsTest {
  @TempDir
  Path dir;

  private Path good() throws IOException {
    return Files.writeString(dir.resolve("good.txt"), "Four people were killed.", StandardCharsets.UTF_8);
  }

  private Reading batchWith(Path bad) throws IOException {
    return Reading.of(bad.toString(), good().toString());
  }

  @Test
  void emptyFileIsReported() throws IOException {
    Path bad = Files.createFile(dir.resolve("empty.txt"));

    Reading reading = batchWith(bad);

    assertThat(reading.messages()).containsExactly(bad + ": empty file");
    assertThat(reading.ids()).containsExactly("good");
  }

  @Test
  void fileWithOnlyAByteOrderMarkIsEmpty() throws IOException {
    Path bad = Files.write(dir.resolve("bom-only.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    assertThat(batchWith(bad).messages()).containsExactly(bad + ": empty file");
  }

  @Test
  void fileWithNulBytesIsBinary() throws IOException {
    Path bad = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});

    Reading reading = batchWith(bad);

    assertThat(reading.messages()).containsExactly(bad + ": binary file, not text");
    assertThat(reading.ids()).containsExactly("good");
  }

  @Test
  void fileOfMostlyControlBytesIsBinary() throws IOException {
    Path bad = Files.write(dir.resolve("controls.txt"), new byte[] {1, 2, 3, 'a', 4, 5, 6, 'b', 7, 8});

    assertThat(batchWith(bad).messages()).containsExactly(bad + ": binary file, not text");
  }

  @Test
  void invalidUtf8IsReportedAndTheBatchGoesOn() throws IOException {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'\u00e9' >> 6 | 0xC0 - 256, (byte) 0xA9, (byte) 0xFF});

    Reading reading = batchWith(bad);

    assertThat(reading.messages()).containsExactly(bad + ": invalid UTF-8 at byte 2");
    assertThat(reading.ids()).containsExactly("good");
  }

  @Test
  void fiftyMegabyteLineIsRefusedBeforeItIsRead() throws IOException {
    Path bad = dir.resolve("huge.txt");
    try (OutputStream out = Files.newOutputStream(bad)) {
      byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }

    Reading reading = batchWith(bad);

    assertThat(reading.messages()).containsExactly(
        bad + ": 52428800 bytes, over the 10 MiB limit for one document (--max-doc-size)");
    assertThat(reading.ids()).containsExactly("good");
  }

  @Test
  void sizeLimitIsCheckedWithoutScanningTheFile() throws IOException {
    // A sparse 50 MB file of NUL bytes: were it scanned, it would be called binary; the size check comes first.
    Path bad = dir.resolve("sparse.txt");
    try (RandomAccessFile file = new RandomAccessFile(bad.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }

    assertThat(batchWith(bad).messages()).containsExactly(
        bad + ": 52428800 bytes, over the 10 MiB limit for one document (--max-doc-size)");
  }

  @Test
  void unbalancedQuoteInCsvIsReportedAndTheBatchGoesOn() throws IOException {
    Path bad = Files.writeString(dir.resolve("broken.csv"), "id,text\n1,\"open\n", StandardCharsets.UTF_8);

    Reading reading = batchWith(bad);

    assertThat(reading.messages()).containsExactly(bad + ":2: unbalanced quote opened on this line; the rows after it were not read");
    assertThat(reading.ids()).containsExactly("good");
  }

  @Test
  void lineThatIsNotJsonIsReportedAndTheBatchGoesOn() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{oops\n", StandardCharsets.UTF_8);

    Reading reading = batchWith(bad);

    assertThat(reading.messages()).singleElement().asString().startsWith(bad + ":1: not JSON: ");
    assertThat(reading.ids()).containsExactly("good");
  }

  @Test
  void unreadableEntryInAFolderIsReportedAndTheRestOfTheFolderIsRead() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.writeString(folder.resolve("kept.txt"), "Two were wounded.", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(folder.resolve("lost.txt"), dir.resolve("moved-away.txt"));

    Reading reading = Reading.of(folder.toString());

    assertThat(reading.messages()).containsExactly(link + ": cannot read: broken symbolic link");
    assertThat(reading.ids()).containsExactly("kept");
  }

  @Test
  void folderWithNothingTallyReadsIsReported() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("scans"));
    Files.write(folder.resolve("page.pdf"), new byte[] {37, 80, 68, 70});

    Reading reading = Reading.of(folder.toString());

    assertThat(reading.messages()).containsExactly(folder + ": no files Tally reads here (.txt .md .html .csv .jsonl and the like)");
  }

  @Test
  void namedFolderReadAsAFileIsReported() {
    Reading reading = new Reading();

    Inputs.read(InputSource.file(dir, true), ReadOptions.defaults(), InputStream.nullInputStream(), reading.documents::add,
        reading.problems::add);

    assertThat(reading.messages()).containsExactly(dir + ": a folder, not a file");
  }

  @Test
  void namedFileOfUnknownExtensionIsSniffedAsJsonLines() throws IOException {
    Path file = Files.writeString(dir.resolve("export.dat"), "{\"id\":\"e1\",\"text\":\"T.\"}\n", StandardCharsets.UTF_8);

    assertThat(Reading.of(file.toString()).only().id()).isEqualTo("e1");
  }
}
