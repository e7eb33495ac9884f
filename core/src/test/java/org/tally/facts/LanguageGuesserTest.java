package org.tally.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;

class LanguageGuesserTest {
  private static final LanguageGuesser GUESSER = new LanguageGuesser(Lexicons.bundled().file(RuleFiles.named("stopwords.tsv")));

  @Test
  void englishIsEn() {
    assertThat(GUESSER.guess("The ministry said that ten people were killed in the strike on the town.")).isEqualTo("en");
  }

  @Test
  void frenchIsFr() {
    assertThat(GUESSER.guess("Dix personnes ont été tuées dans la frappe sur la ville, selon le ministère qui a publié les chiffres.")).isEqualTo("fr");
  }

  @Test
  void arabicIsAr() {
    assertThat(GUESSER.guess("وقال المرصد في بيان إن عشرة أشخاص قتلوا في الغارة التي استهدفت البلدة من قبل الطائرات")).isEqualTo("ar");
  }

  @Test
  void russianIsRu() {
    assertThat(GUESSER.guess("В результате удара по городу погибли десять человек, и это было подтверждено в министерстве, как сообщил он.")).isEqualTo("ru");
  }

  @Test
  void tooFewKnownWordsIsUnd() {
    assertThat(GUESSER.guess("Raqqa Aleppo Idlib 2017")).isEqualTo("und");
  }

  @Test
  void aLanguageFarAheadIsNotUndoneByAQuotationInAnother() {
    String english = "The ministry said that ten people were killed in the strike on the town and that the number of the"
        + " dead may rise as the search goes on in the rubble of the houses. ";
    String french = "Selon le ministère, dix personnes ont été tuées dans la frappe sur la ville et le bilan pourrait"
        + " encore augmenter. ";
    assertThat(GUESSER.guess(english.repeat(3) + french.repeat(12))).isEqualTo("en");
    assertThat(GUESSER.guess(english + french.repeat(12))).isEqualTo("fr");
  }
}
