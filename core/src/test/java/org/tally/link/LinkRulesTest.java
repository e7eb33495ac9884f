package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFileException;
import org.tally.lexicon.RuleFiles;

class LinkRulesTest {
  private static RuleFile file(String name, String text) throws Exception {
    return RuleFile.parse(name, new StringReader(text));
  }

  @Test
  void pentagonAndCoalitionAreOneFamily() {
    assertThat(LinkRules.from(Lexicons.bundled()).family("us-military")).isEqualTo(LinkRules.from(Lexicons.bundled()).family("us-led-coalition"));
  }

  @Test
  void unlistedActorIsAFamilyOfItsOwn() {
    assertThat(LinkRules.from(Lexicons.bundled()).family("sohr")).isEqualTo("sohr");
  }

  @Test
  void unknownSettingIsRejectedWithItsLine() throws Exception {
    RuleFile settings = file("link-settings.tsv", "# test\n# columns: setting\tvalue\ntime_slack_dayz\t1\n");
    RuleFile families = file("actor-families.tsv", "# test\n# columns: actor\tfamily\n");
    RuleFile confusions = Lexicons.bundled().file(RuleFiles.named("perpetrator-confusions.tsv"));
    RuleFile victims = Lexicons.bundled().file(RuleFiles.named("victim-breadth.tsv"));
    RuleFile regions = Lexicons.bundled().file(RuleFiles.named("region-governorates.tsv"));
    RuleFile seats = Lexicons.bundled().file(RuleFiles.named("governorate-seats.tsv"));
    RuleFile areas = Lexicons.bundled().file(RuleFiles.named("governorate-areas.tsv"));
    assertThatThrownBy(() -> LinkRules.load(families, confusions, victims, regions, seats, areas, settings))
        .isInstanceOf(RuleFileException.class).hasMessageContaining("time_slack_dayz").hasMessageContaining(":3");
  }

  @Test
  void regionNamesMatchWithoutCaseHyphensOrEnding() {
    assertThat(LinkRules.from(Lexicons.bundled()).regionGovernorates("North-Eastern Syria", "SY"))
        .isEqualTo(LinkRules.from(Lexicons.bundled()).regionGovernorates("northeast Syria", "SY"))
        .contains("al-hasakah");
  }

  @Test
  void unlistedRegionCoversNoGovernorate() {
    assertThat(LinkRules.from(Lexicons.bundled()).regionGovernorates("northern Syria", "IQ")).isEmpty();
  }

  @Test
  void damascusCountrysideIsComparedAsDamascus() {
    assertThat(LinkRules.from(Lexicons.bundled()).areaKey("Rif Dimashq")).isEqualTo(LinkRules.from(Lexicons.bundled()).areaKey("Damascus"));
    assertThat(LinkRules.from(Lexicons.bundled()).areaKey("Idlib")).isEqualTo("idlib");
  }

  @Test
  void aGovernoratesSeatIsKnownByItsGazetteerName() {
    assertThat(LinkRules.from(Lexicons.bundled()).isSeat("Al Hasakah", "Al-Hasakah")).isTrue();
    assertThat(LinkRules.from(Lexicons.bundled()).isSeat("Tall Tawil", "Al-Hasakah")).isFalse();
  }
}
