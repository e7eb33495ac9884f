package org.tally.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Metadata;
import org.tally.text.TextCleaner;

class FactFinderTest {
  private static DocumentFacts facts(String text, Metadata metadata) {
    Document doc = new Document("t", "-", text, metadata);
    return FactFinder.from(Lexicons.bundled()).find(doc, TextCleaner.from(Lexicons.bundled()).clean(doc));
  }

  private static DocumentFacts facts(String text) {
    return facts(text, null);
  }

  private static String evidence(String text) {
    DocumentFacts f = facts(text);
    return f.dateEvidence() == null ? null : f.dateEvidence().text(text);
  }

  @Test
  void metadataTitleWinsOverTheTitleSection() {
    assertThat(facts("A Headline Here\n\nBody text goes on here.", new Metadata("Given title", null, null, null)).title())
        .isEqualTo("Given title");
  }

  @Test
  void titleSectionLosesItsMarkdownMarks() {
    assertThat(facts("# *Coalition admits killing civilians*\n\nThe coalition said so on Thursday.").title())
        .isEqualTo("Coalition admits killing civilians");
  }

  @Test
  void datasetCodeIsMappedToItsOutletName() {
    assertThat(facts("Ten died.", new Metadata(null, null, "manar", null)).outlet()).isEqualTo("Al-Manar");
    assertThat(facts("Ten died.", new Metadata(null, null, "Some Paper", null)).outlet()).isEqualTo("Some Paper");
  }

  @Test
  void outletComesFromTheMetadataUrlDomain() {
    assertThat(facts("Ten died.", new Metadata(null, "https://www.rt.com/news/442791-syria/", null, null)).outlet()).isEqualTo("RT");
  }

  @Test
  void outletComesFromAUrlLineInTheFooter() {
    String text = "Strike kills ten\n\nTen people were killed, the monitor said.\n\n<https://www.middleeasteye.net/news/strike>\n";
    assertThat(facts(text).outlet()).isEqualTo("Middle East Eye");
  }

  @Test
  void outletComesFromADatelineAgencyMark() {
    assertThat(facts("Baghdad, June 28 (RHC)-- The coalition admitted killing civilians in 2019.").outlet())
        .isEqualTo("Radio Habana Cuba");
  }

  @Test
  void outletComesFromTheCommentWidgetSignature() {
    String text = "Ten civilians were killed in the strike, the ministry said.\n\nComment via FacebookComment via Sputnik\n\nAll comments\n";
    assertThat(facts(text).outlet()).isEqualTo("Sputnik");
  }

  @Test
  void outletCitedInTheBodyIsASourceNotThePublisher() {
    assertThat(facts("The raid helped ISIS make gains in the area, Press TV reported. Reuters said more.").outlet()).isNull();
  }

  @Test
  void urlInTheBodyIsNotThePublisher() {
    assertThat(facts("Ten were killed, according to a report at https://www.reuters.com/article/x on Monday.").outlet()).isNull();
  }

  @Test
  void slashedDatelineIsTheDate() {
    assertThat(facts("Title of the article\n\n31/10/2018\n\nScores of civilians have been killed.").date()).isEqualTo("2018-10-31");
  }

  @Test
  void offsetRunIntoDayDatelineIsTheDate() {
    assertThat(evidence("01:43 GMT +330 March 2017\n\nMoscow Condemns Coalition Airstrikes\n\nThe ministry said so.")).isEqualTo("30 March 2017");
  }

  @Test
  void inlineDatelineTakesTheLatestYearTheArticleMentions() {
    DocumentFacts f = facts("Baghdad, June 28 (RHC)-- The coalition conducted strikes between August 2014 and the end of May 2019.");
    assertThat(f.date()).isEqualTo(LocalDate.of(2019, 6, 28));
  }

  @Test
  void weekdayMonthDayYearWithTimeIsTheDate() {
    assertThat(evidence("US Coalition Bombardments Kill 54\n\nThu Dec 1, 2016 22:09:14\n\nThe coalition has killed civilians.")).isEqualTo("Thu Dec 1, 2016");
  }

  @Test
  void weekdayDayMonthYearOpeningTheTextIsTheDate() {
    assertThat(facts("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO.").date()).isEqualTo("2017-04-05");
  }

  @Test
  void dateOfPublicationIsTheDate() {
    assertThat(facts("Date of publication 4 October 2016 Air strikes by Syrian regime war planes hit Aleppo.").date()).isEqualTo("2016-10-04");
  }

  @Test
  void publishedPhraseCountsAnywhereInTheText() {
    String text = "Strike kills ten\n\n" + "Ten people were killed in the strike on Monday, the monitor said. ".repeat(8) + "\n\nPublished August 15 2016\n";
    assertThat(facts(text).date()).isEqualTo("2016-08-15");
  }

  @Test
  void isoDateInTheHeadIsTheDate() {
    assertThat(facts("2016-12-01 Coalition strikes kill civilians, the monitor said.").date()).isEqualTo("2016-12-01");
  }

  @Test
  void eventDateInTheBodyIsNotThePublicationDate() {
    String text = "Strike kills ten\n\n" + "Ten people were killed in the strike, the monitor said. ".repeat(8) + "\n\nOn September 17 2016, aircraft struck the army near the airport.\n";
    assertThat(facts(text).date()).isNull();
  }

  @Test
  void textDateWinsOverMetadataDate() {
    DocumentFacts f = facts("Wed 05 Apr 2017 Syria attack kills ten.", new Metadata(null, null, null, "2017-04-09"));
    assertThat(f.date()).isEqualTo("2017-04-05");
    assertThat(f.dateEvidence()).isNotNull();
  }

  @Test
  void isoMetadataDateIsUsedWhenTheTextHasNone() {
    DocumentFacts f = facts("Ten people were killed in the strike.", new Metadata(null, null, null, "2017-04-09T10:00:00Z"));
    assertThat(f.date()).isEqualTo("2017-04-09");
    assertThat(f.dateEvidence()).isNull();
  }

  @Test
  void monthFirstMetadataDateIsTheLastResort() {
    assertThat(facts("Ten people were killed in the strike.", new Metadata(null, null, null, "4/16/2017")).date()).isEqualTo("2017-04-16");
    assertThat(facts("Tuesday 4 Apr 2017 Ten people were killed.", new Metadata(null, null, null, "4/16/2017")).date()).isEqualTo("2017-04-04");
  }
}
