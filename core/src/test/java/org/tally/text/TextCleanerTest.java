package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.text.Fixtures.texts;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

class TextCleanerTest {
  private static final TextCleaner CLEANER = TextCleaner.from(Lexicons.bundled());

  private static Layout clean(Document doc) {
    return CLEANER.clean(doc);
  }

  @Test
  void markdownLinkHeadingIsRelatedAndBodyContinuesAfterIt() {
    Document doc = Fixtures.document("related-markdown-link-heading.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.RELATED))
        .containsExactly("### ['Nobody will ever know number of civilian deaths in Raqqa' – US coalition](#)");
    assertThat(texts(doc, layout, SectionKind.BODY)).hasSize(2).last().asString().startsWith("Speaking at the briefing");
  }

  @Test
  void lineBetweenRulesIsTitleAndDateAloneIsDateline() {
    Document doc = Fixtures.document("related-markdown-link-heading.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.TITLE)).containsExactly("Over 120 civilians killed in Syria in 1 month – Russian military");
    assertThat(texts(doc, layout, SectionKind.DATELINE)).containsExactly("31/10/2018");
  }

  @Test
  void commentCueStartsACommentBlockThatRunsToTheEnd() {
    Document doc = Fixtures.document("comment-block.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.COMMENT)).singleElement().asString()
        .startsWith("Community standardsDiscussion").contains("Hundreds were killed").endsWith("Show new comments (0)");
    assertThat(texts(doc, layout, SectionKind.BODY)).hasSize(2).noneMatch(t -> t.contains("Hundreds"));
  }

  @Test
  void shareCountersAndTeasersGluedToTheLastParagraphAreCutFromIt() {
    String body = "Air strikes killed nine civilians in the town on Monday, the monitor said.";
    String glued = "... 12 Topic War in Syria (420) Related Forty Soldiers Killed in Ambush Near Hama Tags Syria Hama";
    Document doc = new Document("glued", "-", "Nine killed in air strikes\n\n" + body + " " + glued + "\n", null);
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.BODY)).containsExactly(body);
    assertThat(texts(doc, layout, SectionKind.RELATED)).containsExactly(glued);
  }

  @Test
  void anEllipsisInTheArticleIsNoTeaserRun() {
    String body = "The monitor said that 12 people were killed ... 14 related to the fighting were wounded.";
    Document doc = new Document("ellipsis", "-", "Twelve killed\n\n" + body + "\n", null);
    assertThat(texts(doc, clean(doc), SectionKind.BODY)).containsExactly(body);
  }

  @Test
  void commentCueAboveTheArticleMarksOnlyItsLine() {
    Document doc = new Document("top", "-", "Comments\n\nFive civilians were killed in the strike, the monitor said.\n", null);
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.BODY)).containsExactly("Five civilians were killed in the strike, the monitor said.");
  }

  @Test
  void phpDumpOfTeasersIsRelatedAndRepeatedHeadlineIsTitleTwice() {
    Document doc = Fixtures.document("php-teaser-dump.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.RELATED)).singleElement().asString().startsWith("string(311) \"[{");
    assertThat(texts(doc, layout, SectionKind.TITLE)).containsExactly(
        "Coalition Bombardments Kill 54 Civilians", "Coalition Bombardments Kill 54 Civilians");
    assertThat(texts(doc, layout, SectionKind.DATELINE)).containsExactly("Thu Dec 1, 2016 22:09:14");
  }

  @Test
  void trailingRunOfHeadlinesIsRelated() {
    Document doc = Fixtures.document("trailing-teasers-and-tags.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.RELATED)).singleElement().asString()
        .startsWith("Four Civilians Killed").endsWith("Ten Civilians - Reports");
  }

  @Test
  void reportsClosingFieldsAreItsOwnTextNotTeasers() {
    Document doc = Fixtures.document("report-fields-then-teasers.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.BODY)).anySatisfy(body -> assertThat(body)
        .contains("Casualties: 3 killed, 2 wounded").contains("Perpetrator: Unknown"));
    assertThat(texts(doc, layout, SectionKind.RELATED)).singleElement().asString()
        .startsWith("Two Shepherds Killed").endsWith("Idlib Countryside");
  }

  @Test
  void tagListShortUrlAndKickerAreNavigation() {
    Document doc = Fixtures.document("trailing-teasers-and-tags.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.NAVIGATION)).containsExactly(
        "Anti-ISIL airstrikes", "Get short URL", "civilian casualties, US-led coalition, United States, Raqqa");
    assertThat(texts(doc, layout, SectionKind.TITLE)).containsExactly("Moscow Condemns Coalition Airstrikes in Raqqa");
  }

  @Test
  void offsetRunIntoDayLineIsDateline() {
    Document doc = Fixtures.document("trailing-teasers-and-tags.txt");
    assertThat(texts(doc, clean(doc), SectionKind.DATELINE)).containsExactly("01:43 GMT +330 March 2017");
  }

  @Test
  void photoCreditsAreCredit() {
    Document sputnik = Fixtures.document("trailing-teasers-and-tags.txt");
    Document mee = Fixtures.document("newsletter-boilerplate.txt");
    assertThat(texts(sputnik, clean(sputnik), SectionKind.CREDIT)).containsExactly("© AP Photo/ Senior Airman Matthew Bruch, US Air Force");
    assertThat(texts(mee, clean(mee), SectionKind.CREDIT)).containsExactly("File photo shows a Russian military aircraft (AFP)");
  }

  @Test
  void newsletterAndRepublishingLinesAreBoilerplate() {
    Document doc = Fixtures.document("newsletter-boilerplate.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.BOILERPLATE)).singleElement().asString()
        .startsWith("Stay informed with MEE's newsletters").endsWith("please fill out this form.");
    assertThat(texts(doc, layout, SectionKind.NAVIGATION)).containsExactly("Skip to main content");
    assertThat(texts(doc, layout, SectionKind.BODY)).containsExactly(
        "The United States expressed concern on Tuesday at the civilian toll of Russian air strikes.");
  }

  @Test
  void inlineDatelineParagraphStaysBodyAndMarkdownHeadingIsTitle() {
    Document doc = Fixtures.document("inline-dateline-footer.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.TITLE)).containsExactly("# *Coalition admits killing over 1,300 civilians*");
    assertThat(layout.of(SectionKind.DATELINE)).isEmpty();
    assertThat(texts(doc, layout, SectionKind.BODY)).first().asString().startsWith("Baghdad, June 28 (RHC)--");
  }

  @Test
  void bareUrlAndBoldPublisherFooterAreBoilerplate() {
    Document doc = Fixtures.document("inline-dateline-footer.txt");
    assertThat(texts(doc, clean(doc), SectionKind.BOILERPLATE)).singleElement().asString()
        .startsWith("<https://www.radiohc.cu/").endsWith("**Radio Habana Cuba**");
  }

  @Test
  void boldLineInsideTheArticleIsNotAFooter() {
    Document doc = new Document("bold", "-",
        "Strike kills 12\n\nTwelve people were killed on Monday, the monitor said.\n\n**Reactions**\n\nThe ministry condemned the strike.\n", null);
    assertThat(texts(doc, clean(doc), SectionKind.BOILERPLATE)).isEmpty();
  }

  @Test
  void leadingDateOfSingleParagraphArticleIsDatelineAndTheRestBody() {
    Document doc = Fixtures.document("fakes-leading-date.txt");
    Layout layout = clean(doc);
    assertThat(texts(doc, layout, SectionKind.DATELINE)).containsExactly("Wed 05 Apr 2017");
    assertThat(texts(doc, layout, SectionKind.BODY)).singleElement().asString()
        .startsWith("Syria attack symptoms").endsWith("said on Wednesday.");
  }

  @Test
  void cuedLeadingDateKeepsItsCueAndTimeInTheDateline() {
    Document published = new Document("p", "-", "Date of publication 5 July 2016 The bomber was on a motorcycle.", null);
    Document timed = new Document("t", "-", "Sat 24 Aug 2013 at 2354 Regional NNA - The blast heard Saturday evening.", null);
    assertThat(texts(published, clean(published), SectionKind.DATELINE)).containsExactly("Date of publication 5 July 2016");
    assertThat(texts(timed, clean(timed), SectionKind.DATELINE)).containsExactly("Sat 24 Aug 2013 at 2354");
  }

  @Test
  void sectionsCoverEveryNonBlankCharacterExceptMarkupLines() {
    Document doc = Fixtures.document("inline-dateline-footer.txt");
    Layout layout = clean(doc);
    StringBuilder uncovered = new StringBuilder();
    String text = doc.text();
    for (int i = 0; i < text.length(); i++) {
      int at = i;
      if (!Character.isWhitespace(text.charAt(i)) && layout.sections().stream().map(Section::span).noneMatch(s -> s.contains(at))) {
        uncovered.append(text.charAt(i));
      }
    }
    assertThat(uncovered.toString()).isEqualTo("------");
  }
}
