package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issue 13: headlines name a capital for the land around it ("Damascus car bomb" for a town of rural Damascus). An
 * incident placed at the bare name of a city that is a governorate of its own is in the governorate around it
 * (surroundings.tsv) where the article names that governorate more often than the city's own.
 */
class CapitalSurroundingsTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static String governorate(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2016-10-30")))
        .mainIncident().location().admin1();
  }

  @Test
  void anAmbushInRuralDamascusUnderADamascusHeadline() {
    assertThat(governorate("Army Kills 30 Militants in Damascus Ambush. The army killed about 30 militants on Monday"
        + " as they tried to sneak into Eastern Ghouta in the Damascus countryside. The ambush took place in rural"
        + " Damascus, the army said.")).isEqualTo("Rif Dimashq");
  }

  @Test
  void aCarBombInTheCountrysideUnderADamascusHeadline() {
    assertThat(governorate("Damascus Car Bomb Kills 25 People. A car bomb killed at least 25 people on Friday in the"
        + " town of Yabroud north of the Damascus countryside. Dozens were wounded in the blast in rural Damascus."))
        .isEqualTo("Rif Dimashq");
  }

  @Test
  void anAirRaidOnATownOfEasternGhoutaUnderADamascusHeadline() {
    assertThat(governorate("Air raid kills 14 in Damascus\n\nAn air raid killed 14 people on Saturday in the market"
        + " of a besieged town, rescuers said. The town lies in Eastern Ghouta, in rural Damascus."))
        .isEqualTo("Rif Dimashq");
  }

  @Test
  void theLeadSentenceNamingTheCityAgainKeepsItThere() {
    // near miss: headline and lead both say Damascus, the countryside is named as often, not more
    assertThat(governorate("Shelling kills 9 in Damascus\n\nShelling killed nine civilians in Damascus on Saturday,"
        + " activists said. Rural Damascus was bombed all day, and the Damascus countryside too."))
        .isEqualTo("Damascus");
  }

  @Test
  void rocketsOnTheCityFiredFromTheCountrysideStayInTheCity() {
    // near miss: the city is named more than the land around it
    assertThat(governorate("Rebel rockets kill five in Damascus\n\nRebel rockets killed five people in Damascus on"
        + " Saturday, a monitor said. The rockets hit two streets of Damascus and were fired from rural Damascus."))
        .isEqualTo("Damascus");
  }

  @Test
  void aCityWithoutSurroundingsStays() {
    // near miss: Aleppo's governorate holds its countryside, so nothing moves
    assertThat(governorate("Rebels kill 12 in Aleppo\n\nRebel shells killed 12 civilians in Aleppo on Saturday, a"
        + " monitor said. Fighting raged in rural Aleppo and the Aleppo countryside."))
        .isEqualTo("Aleppo");
  }
}
