package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.DocumentTokens;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;

class PlaceReadingTest {
  private static final String TITLE = "Strikes on Idlib kill 20";
  private static final String BODY = "Warplanes struck the town of Saraqib in Idlib province on Monday, killing 20 "
      + "people. Five more died near Aleppo. In the eastern part of the country, the Deir ez-Zor airport was shelled.";
  private static final String TEXT = TITLE + "\n" + BODY;

  private static Layout layout() {
    return new Layout(List.of(new Section(SectionKind.TITLE, 0, TITLE.length()),
        new Section(SectionKind.BODY, TITLE.length() + 1, TEXT.length())));
  }

  private static List<Span> sentences() {
    int body = TITLE.length() + 1;
    int second = TEXT.indexOf("Five");
    int third = TEXT.indexOf("In the eastern");
    return List.of(new Span(0, TITLE.length()), new Span(body, second - 1), new Span(second, third - 1),
        new Span(third, TEXT.length()));
  }

  @Test
  void theGazetteerIsAskedAboutEachTokenOnceADocument() {
    DocumentTokens tokens = DocumentTokens.of(TEXT);
    PlaceReading reading = RESOLVER.read(tokens);
    PlaceContext context = RESOLVER.context(reading, layout());
    RESOLVER.find(reading, new Span(0, TEXT.length()), context);
    int afterOnePass = reading.gazetteerLookups();
    for (Span sentence : sentences()) {
      RESOLVER.find(reading, sentence, context);
      RESOLVER.forClaim(reading, sentence, new Span(sentence.start(), sentence.start() + 1), context);
    }
    assertThat(afterOnePass).isPositive().isLessThanOrEqualTo(tokens.size());
    assertThat(reading.gazetteerLookups()).as("sections, the whole text and every sentence read again")
        .isEqualTo(afterOnePass);
  }

  @Test
  void aSentenceReadAsAWindowFindsWhatItFindsStandingAlone() {
    PlaceReading reading = RESOLVER.read(DocumentTokens.of(TEXT));
    PlaceContext context = RESOLVER.context(reading, layout());
    for (Span sentence : sentences()) {
      String alone = sentence.text(TEXT);
      List<PlaceMention> inWindow = RESOLVER.find(reading, sentence, context);
      List<PlaceMention> standing = RESOLVER.find(alone, new Span(0, alone.length()), context);
      assertThat(inWindow).as(alone).extracting(m -> m.span().text(TEXT))
          .isEqualTo(standing.stream().map(m -> m.span().text(alone)).toList());
      assertThat(inWindow).extracting(PlaceMention::place)
          .isEqualTo(standing.stream().map(PlaceMention::place).toList());
    }
  }

  @Test
  void aNameIsNotReadPastTheWindowsEnd() {
    PlaceReading reading = RESOLVER.read(DocumentTokens.of(TEXT));
    int deir = TEXT.indexOf("Deir");
    List<PlaceMention> cut = RESOLVER.find(reading, new Span(deir, deir + "Deir".length()), PlaceContext.NONE);
    assertThat(cut).extracting(m -> m.span().text(TEXT)).doesNotContain("Deir ez-Zor");
  }

  /** Seeded windows: the counts kept once per document say what reading the window's own words says. */
  @Test
  void aWindowIsInTitleCaseExactlyWhenMostOfItsLongerWordsAreCapitalised() {
    String text = "Syrian Army Troops Retake Villages near Hama\nthe army said on Monday that troops had retaken "
        + "Three Villages In Northern Hama, and Kafr Nabudah was next. War Monitor Says 20 Killed In Raids";
    DocumentTokens tokens = DocumentTokens.of(text);
    PlaceReading reading = RESOLVER.read(tokens);
    java.util.Random random = new java.util.Random(20261206);
    int headlines = 0;
    for (int n = 0; n < 500; n++) {
      int from = random.nextInt(tokens.size() + 1);
      int to = from + random.nextInt(tokens.size() - from + 1);
      int words = 0;
      int capitals = 0;
      for (int i = from; i < to; i++) {
        String word = tokens.get(i).text();
        if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
          words++;
          capitals += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
        }
      }
      boolean expected = words >= 3 && capitals * 10 >= words * 6;
      headlines += expected ? 1 : 0;
      assertThat(reading.titleCase(from, to)).as(from + ".." + to).isEqualTo(expected);
    }
    assertThat(headlines).as("windows of both kinds were drawn").isBetween(1, 499);
  }

  @Test
  void aSentencesPlacesAreFoundOnceUnderOneFocusAndAfreshUnderAnother() {
    PlaceReading reading = RESOLVER.read(DocumentTokens.of(TEXT));
    PlaceContext context = RESOLVER.context(reading, layout());
    Span sentence = sentences().get(1);
    int[] found = new int[1];
    java.util.function.Supplier<List<PlaceMention>> find = () -> {
      found[0]++;
      return RESOLVER.find(reading, sentence, context);
    };
    List<PlaceMention> first = reading.placesOf(sentence, context, find);
    assertThat(reading.placesOf(sentence, context, find)).isSameAs(first);
    assertThat(found[0]).isEqualTo(1);
    reading.placesOf(sentence, new PlaceContext(context.country(), java.util.Map.of()), find);
    assertThat(found[0]).isEqualTo(2);
    // the sentence's claims pick among the same places whether found afresh or again
    Span count = new Span(TEXT.indexOf("20 "), TEXT.indexOf("20 ") + 2);
    assertThat(RESOLVER.forClaim(reading, sentence, count, context))
        .isEqualTo(RESOLVER.forClaim(RESOLVER.read(DocumentTokens.of(TEXT)), sentence, count, context));
  }
}
