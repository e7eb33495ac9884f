package org.tally.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spellings copy makes of a listed name without anyone listing them (issue 12: "Assads jets", "the armys air force"). */
class NameVariantsTest {
  @Test
  void aProperNameTakesItsPossessiveWithoutTheApostrophe() {
    assertThat(NameVariants.of("Assad")).contains("Assads");
  }

  @Test
  void anAcronymTakesItsPossessiveWithALowerCaseS() {
    assertThat(NameVariants.of("SANA correspondent")).contains("SANAs correspondent");
    assertThat(NameVariants.of("SOHR")).contains("SOHRs");
  }

  @Test
  void twoCapitalsOrAnAcronymInSTakeNoPossessive() {
    // "USs" and "ISs" would read as words once matching ignores case; "ISISs" is never written
    assertThat(NameVariants.of("US")).doesNotContain("USs");
    assertThat(NameVariants.of("ISIS")).doesNotContain("ISISs");
  }

  @Test
  void anAcronymOfFourCapitalsIsReadWithTwoLettersSwapped() {
    assertThat(NameVariants.of("SOHR")).contains("SORH", "OSHR", "SHOR");
    assertThat(NameVariants.of("Sohr")).contains("Sorh");
  }

  @Test
  void aShortAcronymOrAWordIsNotReadSwapped() {
    assertThat(NameVariants.of("AFP")).doesNotContain("FAP", "APF");
    assertThat(NameVariants.of("Assad")).doesNotContain("Asasd");
    // IRNA is another actor: a name that reads as a word is no acronym
    assertThat(NameVariants.of("Iran")).doesNotContain("Irna");
  }

  @Test
  void aLowerCaseWordInConsonantAndYTakesItsPossessive() {
    assertThat(NameVariants.of("army")).contains("armys");
  }

  @Test
  void aLowerCaseWordWhosePluralEndsInSGetsNoVariantThatReadsAsThePlural() {
    // "monitors" is a plural as often as a possessive: "according to independent monitors" names no monitor of the list
    assertThat(NameVariants.of("monitor")).doesNotContain("monitors");
    assertThat(NameVariants.of("day")).doesNotContain("days");
  }
}
