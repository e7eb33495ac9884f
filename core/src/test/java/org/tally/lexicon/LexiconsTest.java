package org.tally.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How Lexicons reads files against their declarations, lays a user's file over a bundled one, and shares builds. */
class LexiconsTest {
  private static RuleFile parse(String name, String text) throws Exception {
    return RuleFile.parse(name, new StringReader(text));
  }

  @Test
  void everyBadValueOfAFileIsReportedAsFileLineColumnReason() throws Exception {
    RuleFile bad = parse("quantifiers.tsv", "# test\n# columns: phrase\tmin\tmax\tapprox\tform\tcombines\texample\n"
        + "dozens of\t24\t-\tfalse\tvague\t-\tDozens of civilians died.\n"
        + "hundreds of\t2O\t-\tmaybe\tvague\t-\tHundreds of civilians died.\n"
        + "scores of\t40\t-\tfalse\tfuzzy\tscales\tScores of civilians died.\n");

    assertThatThrownBy(() -> Lexicons.bundled().with(RuleFiles.QUANTIFIERS, bad))
        .isInstanceOf(RuleFileException.class)
        .satisfies(e -> assertThat(((RuleFileException) e).problems()).extracting(RuleFileException.Problem::line)
            .containsExactly(4, 4, 5, 5))
        .hasMessageContaining("quantifiers.tsv:4: min: \"2O\" is not a number; use an integer")
        .hasMessageContaining("quantifiers.tsv:4: approx: \"maybe\" is not true or false")
        .hasMessageContaining("quantifiers.tsv:5: form: \"fuzzy\" is not one of vague, words, indefinite")
        .hasMessageContaining("quantifiers.tsv:5: combines: \"scales\" is not scale, qualifier or both")
        .hasMessageContaining("hundreds of→2O→");
  }

  @Test
  void aFileWhoseColumnsAreNotTheDeclaredOnesIsRejectedAtItsColumnsLine() throws Exception {
    RuleFile renamed = parse("hedges.tsv", "# test\n# columns: word\treason\texample?\ncould\thypothetical\n");

    assertThatThrownBy(() -> Lexicons.bundled().with(RuleFiles.HEDGES, renamed))
        .hasMessageContaining("hedges.tsv:2: columns: word, reason, example are not the columns of hedges.tsv: word,"
            + " why, example");
  }

  @Test
  void everyBadRowOfAUsersFileIsReportedWithItsPathLineAndColumn(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("my-actors.tsv");
    Files.writeString(mine, "# my names\n# columns: name\tactor\nBlue Brigade\tBlue Brigade\nKafr council\tlocal-sources\n"
        + "Red Brigade\t\n");

    assertThatThrownBy(() -> Lexicons.bundled().layered(RuleFiles.ACTOR_NAMES, mine))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining(mine + ":3: actor: \"Blue Brigade\" is not an id: lower case letters and digits joined by"
            + " hyphens")
        .hasMessageContaining(mine + ":5: actor: is empty; this column needs a value")
        .satisfies(e -> assertThat(((RuleFileException) e).problems()).hasSize(2));
  }

  @Test
  void aUsersFileMayLeaveOffTrailingColumnsThatMayBeBlank(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("my-actors.tsv");
    Files.writeString(mine, "# my names\n# columns: name\tactor\nRT\trussia-today\n");

    RuleFile names = Lexicons.bundled().layered(RuleFiles.ACTOR_NAMES, mine).file(RuleFiles.ACTOR_NAMES);

    assertThat(names.rows()).filteredOn(r -> r.get("name").equalsIgnoreCase("RT")).extracting(r -> r.get("actor"))
        .containsExactly("russia-today");
  }

  @Test
  void aUsersFileWithOtherColumnsIsRejected(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "# columns: actor\tname\nx\ty\n");

    assertThatThrownBy(() -> Lexicons.bundled().layered(RuleFiles.ACTOR_NAMES, mine))
        .hasMessageContaining(mine + ":1: columns: actor, name are not the columns of actor-names.tsv");
  }

  @Test
  void withoutARowRebuildsOnlyWhatReadItsFile() {
    Lexicons bundled = Lexicons.bundled();
    Object gazetteer = bundled.built(Marker.class, r -> new Marker(r.file(RuleFiles.PLACE_ALIASES)));
    Object cues = bundled.built(OtherMarker.class, r -> new OtherMarker(r.file(RuleFiles.PLACE_CUES)));
    RuleRow first = bundled.file(RuleFiles.PLACE_CUES).rows().get(0);

    Lexicons without = bundled.without(RuleFiles.PLACE_CUES, first);

    assertThat(without.built(Marker.class, r -> new Marker(r.file(RuleFiles.PLACE_ALIASES)))).isSameAs(gazetteer);
    assertThat(without.built(OtherMarker.class, r -> new OtherMarker(r.file(RuleFiles.PLACE_CUES)))).isNotSameAs(cues);
    assertThat(without.file(RuleFiles.PLACE_CUES).rows()).doesNotContain(first);
  }

  /**
   * A row left out of each of many lexicons over one parent that has built nothing yet (as when a test runs its
   * left-out rows first): what reads none of the left-out file is built once, in the parent, and shared.
   */
  @Test
  void lexiconsWithoutARowShareWhatTheirParentHadNotYetBuilt() {
    Lexicons bundled = Lexicons.bundled();
    Lexicons parent = bundled.without(RuleFiles.PLACE_CUES, bundled.file(RuleFiles.PLACE_CUES).rows().get(0));
    List<RuleRow> names = bundled.file(RuleFiles.ACTOR_NAMES).rows();

    Lexicons one = parent.without(RuleFiles.ACTOR_NAMES, names.get(0));
    Lexicons two = parent.without(RuleFiles.ACTOR_NAMES, names.get(1));
    Object aliases = one.built(Fresh.class, r -> new Fresh(r.file(RuleFiles.PLACE_ALIASES)));

    assertThat(two.built(Fresh.class, r -> new Fresh(r.file(RuleFiles.PLACE_ALIASES)))).isSameAs(aliases);
    assertThat(one.built(FreshNames.class, r -> new FreshNames(r.file(RuleFiles.ACTOR_NAMES))))
        .isNotSameAs(two.built(FreshNames.class, r -> new FreshNames(r.file(RuleFiles.ACTOR_NAMES))));
  }

  /** A value read from a file the parent replaced is the parent's own, never its parent's. */
  @Test
  void aValueOfAFileTheParentReplacedIsNotTakenFromTheGrandparent() {
    Lexicons bundled = Lexicons.bundled();
    Object bundledCues = bundled.built(CuesAgain.class, r -> new CuesAgain(r.file(RuleFiles.PLACE_CUES)));
    Lexicons parent = bundled.without(RuleFiles.PLACE_CUES, bundled.file(RuleFiles.PLACE_CUES).rows().get(0));
    Lexicons child = parent.without(RuleFiles.ACTOR_NAMES, bundled.file(RuleFiles.ACTOR_NAMES).rows().get(0));

    Object cues = child.built(CuesAgain.class, r -> new CuesAgain(r.file(RuleFiles.PLACE_CUES)));

    assertThat(cues).isNotSameAs(bundledCues);
    assertThat(((CuesAgain) cues).file().rows()).hasSize(bundled.file(RuleFiles.PLACE_CUES).rows().size() - 1);
  }

  private record Fresh(RuleFile file) {}

  private record FreshNames(RuleFile file) {}

  private record CuesAgain(RuleFile file) {}

  private record Marker(RuleFile file) {}

  private record OtherMarker(RuleFile file) {}
}
