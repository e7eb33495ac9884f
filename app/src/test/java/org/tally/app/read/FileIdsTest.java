package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: files whose names clash never overwrite each other; files whose names do not keep their plain ids. */
class FileIdsTest {
  @TempDir
  Path dir;

  private Path write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "Three people were killed in " + relative + ".", StandardCharsets.UTF_8);
  }

  @Test
  void sameFileNameInTwoSubfoldersGivesTheirPathsBelowTheFolderNamed() throws IOException {
    write("corpus/a/report.txt");
    write("corpus/b/report.txt");

    Reading reading = Reading.of(dir.resolve("corpus").toString());

    assertThat(reading.ids()).containsExactly("a/report", "b/report");
    assertThat(reading.problems).isEmpty();
  }

  @Test
  void indexPagesInSeveralFoldersEachKeepTheirOwnId() throws IOException {
    for (String folder : new String[] {"site/news", "site/world/syria", "site/world/yemen"}) {
      Files.createDirectories(dir.resolve(folder));
      Files.writeString(dir.resolve(folder + "/index.html"), "<html><body><p>Two were wounded in " + folder
          + ".</p></body></html>", StandardCharsets.UTF_8);
    }

    Reading reading = Reading.of(dir.resolve("site").toString());

    assertThat(reading.ids()).containsExactly("news/index", "world/syria/index", "world/yemen/index");
  }

  @Test
  void filesWithoutAClashKeepTheirNameWithoutExtensionInANestedFolder() throws IOException {
    write("corpus/seeds/001_abc.txt");
    write("corpus/other/002_def.txt");

    assertThat(Reading.of(dir.resolve("corpus").toString()).ids()).containsExactly("002_def", "001_abc");
  }

  @Test
  void aFileAtTheTopAndOneBelowWithTheSameName() throws IOException {
    write("corpus/report.txt");
    write("corpus/a/report.txt");

    assertThat(Reading.of(dir.resolve("corpus").toString()).ids()).containsExactly("a/report", "report");
  }

  @Test
  void sameNameWithTwoExtensionsKeepsTheExtensions() throws IOException {
    write("corpus/report.txt");
    write("corpus/report.md");

    assertThat(Reading.of(dir.resolve("corpus").toString()).ids()).containsExactly("report.md", "report.txt");
  }

  @Test
  void samePathBelowTwoFoldersNamedGivesThePathAsNamed() throws IOException {
    write("x/report.txt");
    write("y/report.txt");

    Reading reading = Reading.of(dir.resolve("x").toString(), dir.resolve("y").toString());

    assertThat(reading.ids()).containsExactly(
        dir.resolve("x/report").toString().replace('\\', '/'), dir.resolve("y/report").toString().replace('\\', '/'));
  }

  @Test
  void aSingleFileNamedKeepsItsNameWithoutExtension() throws IOException {
    Path file = write("deep/down/001_4565c09814c26c97.txt");

    assertThat(Reading.of(file.toString()).only().id()).isEqualTo("001_4565c09814c26c97");
  }

  @Test
  void twoFilesNamedWithTheSameNameGiveTheirPathsAsNamed() throws IOException {
    Path a = write("a/report.txt");
    Path b = write("b/report.txt");

    assertThat(Reading.of(a.toString(), b.toString()).ids()).containsExactly(
        InputSource.stem(a.toString()), InputSource.stem(b.toString()));
  }

  @Test
  void rowsWithoutIdsInClashingCsvFilesAreNamedByTheClashFreeId() throws IOException {
    for (String folder : new String[] {"a", "b"}) {
      Files.createDirectories(dir.resolve("in/" + folder));
      Files.writeString(dir.resolve("in/" + folder + "/data.csv"), "text\nFive died.\n", StandardCharsets.UTF_8);
    }

    assertThat(Reading.of(dir.resolve("in").toString()).ids()).containsExactly("a/data-1", "b/data-1");
  }

  @Test
  void globIdsAreBelowTheGlobsFixedFolders() throws IOException {
    write("corpus/a/report.txt");
    write("corpus/b/report.txt");

    Reading reading = Reading.of(dir.resolve("corpus").toString().replace('\\', '/') + "/**/*.txt");

    assertThat(reading.ids()).containsExactly("a/report", "b/report");
  }
}
