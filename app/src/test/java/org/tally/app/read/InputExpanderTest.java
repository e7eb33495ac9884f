package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputExpanderTest {
  @TempDir
  Path dir;
  private final List<ReadProblem> problems = new ArrayList<>();

  @BeforeEach
  void corpus() throws IOException {
    write("corpus/b.txt");
    write("corpus/a.md");
    write("corpus/deep/er/c.txt");
    write("corpus/deep/d.html");
    write("corpus/table.csv");
    write("corpus/notes.docx");
    write("corpus/README");
    write("corpus/.hidden.txt");
    write("corpus/.git/e.txt");
  }

  private void write(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Text.", StandardCharsets.UTF_8);
  }

  private List<String> expand(String... inputs) {
    return Inputs.expand(List.of(inputs), problems::add).stream()
        .map(source -> source.isStdin() ? "-" : dir.relativize(source.path()).toString())
        .toList();
  }

  @Test
  void folderIsWalkedRecursivelyForKnownExtensionsInSortedOrder() {
    assertThat(expand(dir.resolve("corpus").toString())).containsExactly(
        "corpus/a.md", "corpus/b.txt", "corpus/deep/d.html", "corpus/deep/er/c.txt", "corpus/table.csv");
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedInAWalk() {
    assertThat(expand(dir.resolve("corpus").toString())).noneMatch(name -> name.contains(".hidden")
        || name.contains(".git"));
  }

  @Test
  void namedFileOfUnknownExtensionIsKept() {
    assertThat(expand(dir.resolve("corpus/README").toString())).containsExactly("corpus/README");
  }

  @Test
  void doubleStarGlobMatchesAtAnyDepthIncludingTheTop() {
    assertThat(expand(dir + "/corpus/**/*.txt")).containsExactly("corpus/b.txt", "corpus/deep/er/c.txt");
  }

  @Test
  void singleStarGlobStaysInOneFolder() {
    assertThat(expand(dir + "/corpus/*.txt")).containsExactly("corpus/b.txt");
  }

  @Test
  void braceGlobMatchesEitherExtension() {
    assertThat(expand(dir + "/corpus/*.{md,csv}")).containsExactly("corpus/a.md", "corpus/table.csv");
  }

  @Test
  void globMatchingNothingIsAProblem() {
    expand(dir + "/corpus/*.xml");

    assertThat(problems).extracting(ReadProblem::message).containsExactly(dir + "/corpus/*.xml: no files match");
  }

  @Test
  void missingPathIsAProblemAndOtherInputsGoOn() {
    List<String> found = expand(dir.resolve("nowhere.txt").toString(), dir.resolve("corpus/b.txt").toString());

    assertThat(problems).extracting(ReadProblem::message)
        .containsExactly(dir.resolve("nowhere.txt") + ": no such file or directory");
    assertThat(found).containsExactly("corpus/b.txt");
  }

  @Test
  void fileNamedTwiceComesOnce() {
    String file = dir.resolve("corpus/b.txt").toString();

    assertThat(expand(file, dir.resolve("corpus").toString(), file)).filteredOn("corpus/b.txt"::equals).hasSize(1);
  }

  @Test
  void dashIsStandardInputAndComesLast() {
    assertThat(expand("-", dir.resolve("corpus/b.txt").toString())).containsExactly("corpus/b.txt", "-");
  }

  @Test
  void brokenSymbolicLinkInAFolderIsReportedAndTheRestIsRead() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("corpus/gone.txt"), dir.resolve("deleted.txt"));

    List<String> found = expand(dir.resolve("corpus").toString());

    assertThat(problems).extracting(ReadProblem::message).containsExactly(link + ": cannot read: broken symbolic link");
    assertThat(found).contains("corpus/b.txt");
  }

  @Test
  void symbolicLinkLoopIsReported() throws IOException {
    Files.createSymbolicLink(dir.resolve("corpus/deep/loop"), dir.resolve("corpus"));

    expand(dir.resolve("corpus").toString());

    assertThat(problems).extracting(ReadProblem::message).containsExactly(
        dir.resolve("corpus/deep/loop") + ": cannot read: symbolic link loop");
  }
}
