package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.text.Fixtures.texts;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.SectionKind;

/**
 * A photo credit and another article's headline set into a paragraph, as news-agency pages print them where the text
 * lost its line breaks (issue 11, dev29: fakes-dev-20m's "Sputnik Dmitriy Vinogradov Syrian Airstrikes Kill Over 100
 * Daesh Fighters in Hama Province WASHINGTON (Sputnik) The coalition ..."): the inset is related, the prose on both
 * sides stays body. Sentences here are written for the test.
 */
class InsetTeaserTest {
  private static final TextCleaner CLEANER = TextCleaner.from(Lexicons.bundled());

  private static Layout clean(Document doc) {
    return CLEANER.clean(doc);
  }

  private static Document doc(String paragraph) {
    return new Document("inset", "-", "Ministry reports new strikes\n\n" + paragraph + "\n", null);
  }

  @Test
  void aCreditAndHeadlineBeforeADatelineAreCutOut() {
    String before = "The ministry said its jets had struck a depot near the town.";
    String inset = "Sputnik Ivan Petrov Army Units Kill 40 Militants Near Homs";
    String after = "MOSCOW (Sputnik) Two soldiers were wounded in the fighting, the ministry said.";
    Document doc = doc(before + " " + inset + " " + after);
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.RELATED)).containsExactly(inset);
    assertThat(texts(doc, layout, SectionKind.BODY)).containsExactly(before, after);
  }

  @Test
  void theHeadlineEndsWhereTheNextSentenceOpens() {
    String before = "Rescuers searched the rubble on Sunday.";
    String inset = "REUTERS Social Media Website Blast Hits Bus Convoy Near Aleppo Over 20 Dead";
    String after = "The explosion struck the waiting buses at noon, a monitor said.";
    Document doc = doc(before + " " + inset + " " + after);
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.RELATED)).containsExactly(inset);
    assertThat(texts(doc, layout, SectionKind.BODY)).containsExactly(before, after);
  }

  @Test
  void anAgencyOpeningASentenceOfProseIsNoCredit() {
    String paragraph = "Rescuers searched the rubble on Sunday. Reuters News Agency said 12 people were killed in the"
        + " blast.";
    Document doc = doc(paragraph);
    assertThat(texts(doc, clean(doc), SectionKind.RELATED)).isEmpty();
    assertThat(texts(doc, clean(doc), SectionKind.BODY)).containsExactly(paragraph);
  }

  @Test
  void aCreditWithoutAHeadlineIsNoInset() {
    String paragraph = "Smoke rose over the town. AFP Photo shows residents fleeing the shelling on Monday.";
    Document doc = doc(paragraph);
    assertThat(texts(doc, clean(doc), SectionKind.RELATED)).isEmpty();
  }

  @Test
  void aHeadlineThatNeverMeetsASentenceIsLeftAlone() {
    // no dateline or sentence opening after the run: the line's end is no proof that the run is a teaser
    String paragraph = "Smoke rose over the town. Sputnik Ivan Petrov Army Units Enter Palmyra";
    Document doc = doc(paragraph);
    assertThat(texts(doc, clean(doc), SectionKind.RELATED)).isEmpty();
  }
}
