package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/** A headline with a vague word or a bare plural summarises the body's claim of its harm: no claim of its own. */
class Issue11HeadlineSummarisesBodyTest {
  private static final ClaimExtractor ISAF = ClaimExtractor.from(
      Lexicons.bundled().layered(RuleFiles.QUANTIFIERS, Path.of("../examples/isaf-quantities.tsv")));

  private static List<String> sections(List<Claim> claims) {
    return claims.stream().map(c -> c.section().jsonName() + ":" + ConstructionsTest.shortForm(c)).toList();
  }

  private static List<Claim> isaf(String title, String body) {
    String text = title + "\n\n" + body;
    return ISAF.extract(new Document("t", "test", text, null), new Layout(List.of(
        new Section(SectionKind.TITLE, 0, title.length()),
        new Section(SectionKind.BODY, title.length() + 2, text.length()))));
  }

  @Test
  void aVagueHeadlineIsTheBodysClaim() {
    assertThat(sections(claims("Forces kill several insurgents in Kunduz",
        "The security force killed several insurgents during an operation in Chahar Darah district.")))
        .containsExactly("body:killed/fighters/3+");
  }

  @Test
  void aHeadlineNamingTheDetaineesLooselyIsTheBodysClaim() {
    assertThat(sections(claims("Police detain several suspects in Paktiya",
        "Afghan police detained several suspected insurgents in Zurmat district.")))
        .containsExactly("body:detained/fighters/3+");
  }

  @Test
  void aBarePluralHeadlineIsTheBodysClaimUnderAConventionFile() {
    assertThat(sections(isaf("Afghan police arrest suspected insurgents in Nangarhar",
        "Afghan National Police arrested some suspected insurgents in Chaparhar district.")))
        .containsExactly("body:detained/fighters/3+");
  }

  @Test
  void aVagueHeadlineOverASmallerBodyFigureStaysApart() {
    // "several" is three at least: a body that counts two tells something else
    assertThat(claims("Forces kill several insurgents in Kunduz",
        "The security force killed two insurgents near the district centre.").stream().map(Claim::section))
        .containsExactlyInAnyOrder(ClaimSection.TITLE, ClaimSection.BODY);
  }

  @Test
  void aVagueHeadlineOfAnotherHarmStaysApart() {
    assertThat(claims("Several insurgents detained in Khost",
        "The security force killed several insurgents near the border.").stream().map(Claim::harm).distinct().count())
        .isEqualTo(2);
  }

  @Test
  void aBarePluralThatDetainsTheSuspectsIsNoDetainee() {
    assertThat(sections(isaf("Suspects held in Kandahar",
        "Afghan police detained the suspects, who were carrying grenades."))).isEmpty();
  }

  @Test
  void aBarePluralDetainedIsStillADetainee() {
    assertThat(sections(isaf("Suspects held in Kandahar",
        "The security force detained suspects in the compound."))).containsExactly("body:detained/people/2-2");
  }
}
