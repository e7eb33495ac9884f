package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

class PlaceContextTest {
  @Test
  void focusIsTheGovernorateNamedMost() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("Homs", 1);
    counts.put("Idlib", 3);
    assertThat(new PlaceContext("SY", counts).focusAdmin1()).isEqualTo("Idlib");
  }

  @Test
  void focusOnATieIsTheFirstNamed() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("Homs", 2);
    counts.put("Idlib", 2);
    assertThat(new PlaceContext("SY", counts).focusAdmin1()).isEqualTo("Homs");
  }

  @Test
  void documentWithoutPlacesHasNoFocus() {
    String text = "Nothing happened.";
    PlaceContext context = RESOLVER.context(text, new Layout(List.of(new Section(SectionKind.BODY, 0, text.length()))));
    assertThat(context.country()).isNull();
    assertThat(context.focusAdmin1()).isNull();
  }

  private static PlaceContext ofBody(String body) {
    return RESOLVER.context(body, new Layout(List.of(new Section(SectionKind.BODY, 0, body.length()))));
  }

  @Test
  void homonymNamedOftenVotesForEachOfItsCountries() {
    // Ariha is a town of Idlib and Jericho's Arabic name; Mansoura a town of Raqqa and a city of Egypt
    assertThat(ofBody("A jet crashed in Ariha. Ariha lies in Idlib province. Rescuers in Ariha counted the dead in Ariha.")
        .country()).isEqualTo("SY");
    assertThat(ofBody("Jets struck Mansoura again. Mansoura is west of Raqqa. Families fled Mansoura.").country())
        .isEqualTo("SY");
  }

  @Test
  void homonymAloneStillTakesTheCountryItsPopulationRanksFirst() {
    assertThat(ofBody("Protesters gathered in Mansoura on Friday.").country()).isEqualTo("EG");
  }

  @Test
  void countsOnlyTheDocumentsOwnText() {
    String title = "Raids on Idlib";
    String body = "Jets struck Idlib and Saraqib again.";
    String related = "Read more: Aleppo, Aleppo, Aleppo, Aleppo.";
    String text = title + "\n" + body + "\n" + related;
    int b = title.length() + 1;
    int r = b + body.length() + 1;
    Layout layout = new Layout(List.of(new Section(SectionKind.TITLE, 0, title.length()),
        new Section(SectionKind.BODY, b, b + body.length()), new Section(SectionKind.RELATED, r, text.length())));
    PlaceContext context = RESOLVER.context(text, layout);
    assertThat(context.country()).isEqualTo("SY");
    assertThat(context.focusAdmin1()).isEqualTo("Idlib");
    assertThat(context.admin1Counts()).doesNotContainKey("Aleppo");
  }

  @Test
  void titleWeighsMoreThanOneBodyMention() {
    String title = "Shelling in Hama";
    String body = "Residents of Homs said the guns were heard.";
    String text = title + "\n" + body;
    Layout layout = new Layout(List.of(new Section(SectionKind.TITLE, 0, title.length()),
        new Section(SectionKind.BODY, title.length() + 1, text.length())));
    assertThat(RESOLVER.context(text, layout).focusAdmin1()).isEqualTo("Hama");
  }

  @Test
  void countryIsWhereMostPlacesLie() {
    String text = "Blasts in Baghdad and Mosul; Syria was calm.";
    PlaceContext context = RESOLVER.context(text, new Layout(List.of(new Section(SectionKind.BODY, 0, text.length()))));
    assertThat(context.country()).isEqualTo("IQ");
    assertThat(context.admin1Counts()).containsKeys("Baghdad", "Nineveh");
  }

  @Test
  void dominantGovernorateMustOutweighEveryOther() {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    counts.put("Idlib", 10);
    counts.put("Aleppo", 2);
    assertThat(new PlaceContext("SY", counts).dominantAdmin1(5)).isEqualTo("Idlib");
    counts.put("Hama", 3);
    assertThat(new PlaceContext("SY", counts).dominantAdmin1(5)).isNull();
  }
  @Test
  void headlineIsTheTitlesGovernorateElseTheOpeningSentences() {
    String title = "Rockets kill five in Aleppo";
    String body = "Rockets killed five people on Monday. Later, shelling hit Hama.";
    String text = title + "\n\n" + body;
    PlaceContext titled = RESOLVER.context(text, new Layout(List.of(new Section(SectionKind.TITLE, 0, title.length()),
        new Section(SectionKind.BODY, title.length() + 2, text.length()))));
    assertThat(titled.headlineAdmin1()).isEqualTo("Aleppo");
    String untitled = "Rockets killed five people in Aleppo on Monday. Later, shelling hit Hama.";
    assertThat(RESOLVER.context(untitled, new Layout(List.of(new Section(SectionKind.BODY, 0, untitled.length()))))
        .headlineAdmin1()).isEqualTo("Aleppo");
  }

  @Test
  void headlineNamingTwoGovernoratesOrNoneHasNone() {
    String two = "Shelling kills five in Hama and Aleppo. More fighting was reported.";
    assertThat(RESOLVER.context(two, new Layout(List.of(new Section(SectionKind.BODY, 0, two.length()))))
        .headlineAdmin1()).isNull();
    String none = "Shelling kills five people. Later, more shelling hit Hama.";
    assertThat(RESOLVER.context(none, new Layout(List.of(new Section(SectionKind.BODY, 0, none.length()))))
        .headlineAdmin1()).isNull();
  }
}
