package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;
import static org.tally.resolve.place.PlaceFixture.SYRIA;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;

/** Each bundled place file has its header, and each row's example does what the row says. */
class PlaceRuleFilesTest {
  private static final Map<String, PlacePrecision> PRECISION_OF_ROLE = Map.of("governorate",
      PlacePrecision.GOVERNORATE, "district", PlacePrecision.DISTRICT, "point", PlacePrecision.POINT, "site",
      PlacePrecision.POINT, "near", PlacePrecision.NEAR_POINT, "direction", PlacePrecision.REGION);

  private static List<PlaceMention> find(String text) {
    return RESOLVER.find(text, new Span(0, text.length()), SYRIA);
  }

  @Test
  void everyPlaceFileOpensWithAHeader() {
    for (String file : List.of("place-aliases.tsv", "place-cues.tsv", "place-stopwords.tsv", "surroundings.tsv")) {
      assertThat(Lexicons.bundled().file(RuleFiles.named(file)).hasHeader()).as(file).isTrue();
    }
  }

  static Stream<RuleRow> aliases() {
    return Lexicons.bundled().file(RuleFiles.named("place-aliases.tsv")).rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aliases")
  void aliasExampleResolvesToItsPlace(RuleRow row) {
    assertThat(find(row.get("example"))).as(row.get("example")).anySatisfy(mention -> {
      assertThat(mention.place().country()).contains(row.get("country"));
      row.optional("admin1").ifPresent(admin1 -> assertThat(mention.place().admin1()).isEqualTo(admin1));
    });
  }

  static Stream<RuleRow> shapingCues() {
    return Lexicons.bundled().file(RuleFiles.named("place-cues.tsv")).rows().stream()
        .filter(row -> PRECISION_OF_ROLE.containsKey(row.get("role")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapingCues")
  void cueExampleGivesItsPrecision(RuleRow row) {
    assertThat(find(row.get("example"))).as(row.get("example"))
        .extracting(m -> m.place().precision())
        .contains(PRECISION_OF_ROLE.get(row.get("role")));
  }

  static Stream<RuleRow> stopWords() {
    return Lexicons.bundled().file(RuleFiles.named("place-stopwords.tsv")).rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stopWords")
  void stopWordExampleNamesNoPlaceThere(RuleRow row) {
    String example = row.get("example");
    assertThat(find(example)).as(example)
        .noneSatisfy(m -> assertThat(m.span().text(example)).isEqualToIgnoringCase(row.get("word")));
  }
}
