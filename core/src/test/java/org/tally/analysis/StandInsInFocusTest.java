package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;

/**
 * "Security sources said", "the interior ministry said", "security forces killed": a stand-in for the government of
 * the war the document is about. Where the document names none of the governments the stand-in may mean, the country
 * its places lie in says which (stand-ins.tsv, in_focus); one it names still goes first, and a document with no place
 * keeps the default.
 */
class StandInsInFocusTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static Claim first(String text) {
    Analysis analysis = ANALYSER.analyse(new Document("t", "t.txt", text, null));
    assertThat(analysis.claims()).isNotEmpty();
    return analysis.claims().get(0);
  }

  @Test
  void anIraqiReportsSecuritySourcesAreIraqs() {
    assertThat(first("Gunmen killed three soldiers at a checkpoint near Tarmiyah, north of Baghdad, security sources"
        + " said.").claimant()).isEqualTo("iraqi-forces"); // security sources speak for the forces (attr26)
    assertThat(first("Security forces killed 12 protesters in Nasiriyah on Friday, medics said.").perpetrator())
        .isEqualTo("iraqi-forces");
  }

  @Test
  void anAfghanOrUkrainianReportsOfficialsAreTheirGovernments() {
    assertThat(first("A roadside bomb killed two policemen in Kandahar province, the interior ministry said.")
        .claimant()).isEqualTo("afghan-government");
    assertThat(first("Shelling killed seven civilians in Kherson, the regional governor said.").claimant())
        .isEqualTo("ukraine");
  }

  @Test
  void aSyrianReportsAndAPlacelessOnesAreSyrias() {
    assertThat(first("Mortar shells killed four people in Aleppo, a military source said.").claimant())
        .isEqualTo("syrian-government");
    assertThat(first("Mortar shells killed four people on Monday, a military source said.").claimant())
        .isEqualTo("syrian-government");
  }

  @Test
  void aGovernmentTheDocumentNamesGoesBeforeItsFocus() {
    assertThat(first("Afghan forces fought the Taliban near the border. Gunmen killed three soldiers in Anbar province,"
        + " security sources said.").claimant()).isEqualTo("afghan-forces"); // the forces it names (attr26)
  }

  @Test
  void aPakistaniReleasesSecurityForcesAreThePakistanArmyItNames() {
    // the gazetteer knows few of Pakistan's districts: the army's press wing, named, says whose forces these are
    Claim claim = first("Security forces killed 12 militants in an operation in South Waziristan, the ISPR said.");
    assertThat(claim.perpetrator()).isEqualTo("pakistan-army");
    assertThat(claim.claimant()).isEqualTo("pakistan-army");
    assertThat(first("TTP militants killed three soldiers in an attack in Bannu, police said.").perpetrator())
        .isEqualTo("ttp");
  }
}
