package org.tally.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private record Marker(RuleFile file) {}

  private record OtherMarker(RuleFile file) {}
}
