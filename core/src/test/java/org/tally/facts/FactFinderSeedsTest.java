package org.tally.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.text.TextCleaner;

/** The seed articles against their gold facts (seeds-documents.jsonl); seed 000 is RT by its house style. */
class FactFinderSeedsTest {
  static DocumentFacts facts(String id) throws IOException {
    try (InputStream in = FactFinderSeedsTest.class.getResourceAsStream("seeds/" + id + ".txt")) {
      Document doc = new Document(id, id + ".txt", new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
      return FactFinder.from(Lexicons.bundled()).find(doc, TextCleaner.from(Lexicons.bundled()).clean(doc));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "000_401dc622f1291c09|2018-10-31|Over 120 civilians killed by US-led coalition airstrikes in Syria in 1 month – Russian military",
      "001_4565c09814c26c97|2017-03-30|Moscow Condemns Coalition Airstrikes in Raqqa Leading to Civilian Casualties",
      "002_e0d5f51155c46860|2019-06-28|U.S.-led coalition admits killing over 1,300 civilians in Syria and Iraq",
      "003_1d0bb2de9f6c84cc|null|US chides Russia for civilian deaths in Syria",
      "004_c09c4df45738eb88|2016-12-01|US Coalition Bombardments Kill 54 Iraqi, Syrian Civilians: Washington"})
  void seedTitleAndDateMatchGold(String id, String date, String title) throws IOException {
    DocumentFacts facts = facts(id);
    assertThat(facts.title()).isEqualTo(title);
    assertThat(facts.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
    assertThat(facts.language()).isEqualTo("en");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "000_401dc622f1291c09|RT",
      "001_4565c09814c26c97|Sputnik",
      "002_e0d5f51155c46860|Radio Habana Cuba",
      "003_1d0bb2de9f6c84cc|Middle East Eye",
      "004_c09c4df45738eb88|null"})
  void seedOutletMatchesGold(String id, String outlet) throws IOException {
    assertThat(facts(id).outlet()).isEqualTo(outlet);
  }
}
