package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.model.Span;

class DatelineTest {
  private static int end(String sentence) {
    return Dateline.end(sentence, new Span(0, sentence.length()));
  }

  @Test
  void placeInCapitalsThenADash() {
    String s = "KABUL, Afghanistan (May 14, 2011) — A security force killed two insurgents.";
    assertThat(end(s)).isEqualTo(s.indexOf('—'));
  }

  @Test
  void placeInMixedCaseWithItsCountryOrAgency() {
    assertThat(end("Erbil, Iraq — Turkish drone strikes killed four fighters.")).isEqualTo(12);
    assertThat(end("Beirut (AFP) - Shelling killed five people.")).isEqualTo(13);
    assertThat(end("Gao, Mali (AP) – Gunmen killed 11 soldiers.")).isEqualTo(15);
  }

  @Test
  void aSentenceThatOnlyOpensWithACapitalHasNone() {
    assertThat(end("Rebels - backed by Turkey - attacked the town.")).isEqualTo(-1);
    assertThat(end("Aleppo - At least five people were killed.")).isEqualTo(-1);
    assertThat(end("Government forces, the monitor said - shelled the town.")).isEqualTo(-1);
  }

  @Test
  void aSentenceThatOpensWithADashHasNone() {
    assertThat(end(" - 12 people were killed.")).isEqualTo(-1);
    assertThat(end("- 12 people were killed, the group said - citing medics.")).isEqualTo(-1);
  }

  @Test
  void aDashTypedAsTwoHyphensEndsTheDateline() {
    String s = "AMMAN Jan 9 (Xinhua) -- Two soldiers were killed in the north.";
    assertThat(end(s)).isEqualTo(s.indexOf("--"));
    assertThat(end("Rebels -- backed by Turkey -- attacked the town.")).isEqualTo(-1);
  }
}
