package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.resolve.place.PlaceMention;
import org.tally.resolve.place.PlaceReading;
import org.tally.resolve.place.PlaceResolver;
import org.tally.resolve.time.TimeMention;
import org.tally.resolve.time.TimeResolver;

/**
 * Each claim picks the mentions near it by where they start: the same mentions, in the same order, as filtering the
 * whole document's; and the resolvers give their mentions in text order, so the search is what runs.
 */
class InTextOrderTest {
  @Test
  void givesWhatAFilterOverEveryMentionGives() {
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      List<Integer> starts = new ArrayList<>();
      int at = 0;
      boolean ordered = random.nextInt(4) > 0;
      for (int n = random.nextInt(30); n > 0; n--) {
        at += random.nextInt(5);
        starts.add(ordered ? at : random.nextInt(100));
      }
      InTextOrder<Integer> index = InTextOrder.of(starts, s -> s);
      int from = random.nextInt(110) - 5;
      int to = from + random.nextInt(40);
      assertThat(index.startingWithin(from, to)).as("%s in [%d, %d]", starts, from, to)
          .isEqualTo(starts.stream().filter(s -> s >= from && s <= to).toList());
    }
  }

  @Test
  void aLongParagraphsTimesAndPlacesComeInTextOrder() {
    StringBuilder text = new StringBuilder();
    String[] places = {"Aleppo", "Homs", "Idlib", "Daraa", "Deir ez-Zor"};
    for (int i = 0; i < 2_000; i++) {
      text.append(i % 7 + 2).append(" people were killed in ").append(places[i % places.length])
          .append(" on ").append(i % 28 + 1).append(" March 2016, and ");
    }
    text.append("the toll rose on Monday.");
    String body = text.toString();
    Lexicons rules = Lexicons.bundled();
    DocumentTokens tokens = DocumentTokens.of(body);
    Span all = new Span(0, body.length());

    List<TimeMention> times = TimeResolver.from(rules).find(tokens, all, LocalDate.of(2016, 4, 1));
    PlaceResolver resolver = PlaceResolver.from(rules);
    PlaceReading reading = resolver.read(tokens);
    List<PlaceMention> found = resolver.find(reading, all,
        resolver.context(reading, new Layout(List.of(new Section(SectionKind.BODY, 0, body.length())))));

    assertThat(times).hasSizeGreaterThan(1_000).isSortedAccordingTo((a, b) -> a.span().start() - b.span().start());
    assertThat(found).hasSizeGreaterThan(1_000).isSortedAccordingTo((a, b) -> a.span().start() - b.span().start());
  }
}
