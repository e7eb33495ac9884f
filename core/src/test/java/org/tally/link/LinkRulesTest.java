package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFileException;

class LinkRulesTest {
  private static RuleFile file(String name, String text) throws Exception {
    return RuleFile.parse(name, new StringReader(text));
  }

  @Test
  void pentagonAndCoalitionAreOneFamily() {
    assertThat(LinkRules.standard().family("us-military")).isEqualTo(LinkRules.standard().family("us-led-coalition"));
  }

  @Test
  void unlistedActorIsAFamilyOfItsOwn() {
    assertThat(LinkRules.standard().family("sohr")).isEqualTo("sohr");
  }

  @Test
  void unknownSettingIsRejectedWithItsLine() throws Exception {
    RuleFile settings = file("link-settings.tsv", "# test\n# columns: setting\tvalue\ntime_slack_dayz\t1\n");
    RuleFile families = file("actor-families.tsv", "# test\n# columns: actor\tfamily\n");
    RuleFile confusions = RuleFile.load(LinkRules.class, "perpetrator-confusions.tsv");
    RuleFile victims = RuleFile.load(LinkRules.class, "victim-breadth.tsv");
    RuleFile regions = RuleFile.load(LinkRules.class, "region-governorates.tsv");
    RuleFile seats = RuleFile.load(LinkRules.class, "governorate-seats.tsv");
    RuleFile areas = RuleFile.load(LinkRules.class, "governorate-areas.tsv");
    assertThatThrownBy(() -> LinkRules.load(families, confusions, victims, regions, seats, areas, settings))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("time_slack_dayz").hasMessageContaining(":3");
  }

  @Test
  void regionNamesMatchWithoutCaseHyphensOrEnding() {
    assertThat(LinkRules.standard().regionGovernorates("North-Eastern Syria", "SY"))
        .isEqualTo(LinkRules.standard().regionGovernorates("northeast Syria", "SY"))
        .contains("al-hasakah");
  }

  @Test
  void unlistedRegionCoversNoGovernorate() {
    assertThat(LinkRules.standard().regionGovernorates("northern Syria", "IQ")).isEmpty();
  }

  @Test
  void damascusCountrysideIsComparedAsDamascus() {
    assertThat(LinkRules.standard().areaKey("Rif Dimashq")).isEqualTo(LinkRules.standard().areaKey("Damascus"));
    assertThat(LinkRules.standard().areaKey("Idlib")).isEqualTo("idlib");
  }

  @Test
  void aGovernoratesSeatIsKnownByItsGazetteerName() {
    assertThat(LinkRules.standard().isSeat("Al Hasakah", "Al-Hasakah")).isTrue();
    assertThat(LinkRules.standard().isSeat("Tall Tawil", "Al-Hasakah")).isFalse();
  }
}
