package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * Under a convention that counts a bare plural ("detained suspected insurgents" is 2), the plural that did the harm
 * ("gunmen assassinated Ahmad", "officers also detained two men") and a list's label ("Civilians killed: 7") count no
 * one.
 */
class Issue11BarePluralAgentsTest {
  private static final ClaimExtractor ISAF = ClaimExtractor.from(
      Lexicons.bundled().layered(RuleFiles.QUANTIFIERS, Path.of("../examples/isaf-quantities.tsv")));

  private static List<String> claims(String sentence) {
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, sentence.length())));
    return ISAF.extract(new Document("t", "test", sentence, null), layout).stream().map(ConstructionsTest::shortForm)
        .toList();
  }

  @Test
  void gunmenWhoKilledANamedManAreNotCounted() {
    assertThat(claims("Unidentified gunmen assassinated Ahmad al-Hariri, a former rebel commander, in Tafas."))
        .containsExactly("killed/fighters/1-1");
  }

  @Test
  void policeWhoArrestedADriverAreNotCounted() {
    assertThat(claims("Police arrested a driver at the checkpoint.")).containsExactly("detained/civilians/1-1");
  }

  @Test
  void officersWhoAlsoDetainedTwoAreNotCounted() {
    assertThat(claims("Officers also detained two collaborators in the region.")).containsExactly("detained/people/2-2");
  }

  @Test
  void aListsLabelIsNoBarePlural() {
    assertThat(claims("- Civilians killed: 7")).doesNotContain("killed/civilians/2-2");
  }

  @Test
  void aBarePluralBeforeAWeekdayWasHarmed() {
    assertThat(claims("Suspected insurgents killed Tuesday in Helmand were buried.")).contains("killed/fighters/2-2");
  }

  @Test
  void aBarePluralObjectIsStillCounted() {
    assertThat(claims("The force detained suspected insurgents in the compound."))
        .containsExactly("detained/fighters/2-2");
  }

  @Test
  void aLeadsBarePluralSumsUpWhatTheBodyCounts() {
    assertThat(claims("An Afghan and coalition force detained suspected insurgents in Kandahar yesterday. The force"
        + " detained several suspected insurgents and a Taliban leader.")).containsExactly("detained/fighters/3+",
            "detained/fighters/1-1");
  }

  @Test
  void aLeadsBarePluralOfAnotherHarmThanTheBodysStays() {
    assertThat(claims("The force detained suspected insurgents in Kandahar yesterday. Two civilians were wounded in"
        + " the crossfire.")).contains("detained/fighters/2-2");
  }

  @Test
  void aBarePluralAfterTheLeadIsNoSummary() {
    assertThat(claims("The force killed two insurgents in Zabul. It also detained suspected insurgents in Kandahar."
        + " The force detained a Taliban facilitator.")).contains("detained/fighters/2-2");
  }
}
