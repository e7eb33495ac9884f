package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "al-Muqdadiyah", "ash-Shaddadi": news joins the article to a name the gazetteer files without one, and the word is
 * read without it; but an "al-" word continuing a capitalised name ("Halab al-Jadida", "Deir al-Zour") or opening a
 * longer one the gazetteer lacks ("al-Sabaa Bahrat") is no name of its own.
 */
class ArticleJoinedByHyphenTest {
  private static List<String> places(String text) {
    return PlaceFixture.inBody(text).stream()
        .map(m -> m.place().name() + "/" + m.place().admin1()).toList();
  }

  @Test
  void aNameReadWithoutTheArticleJoinedToIt() {
    assertThat(places("A bomber blew himself up in a market in al-Muqdadiyah on Sunday."))
        .containsExactly("Al Miqdadiyah/Diyala");
    assertThat(places("Clashes around al-Shaddadi killed 18 fighters.")).containsExactly("Ash Shaddadah/Al-Hasakah");
    assertThat(places("Residents fled ash-Shaddadi on Friday.")).containsExactly("Ash Shaddadah/Al-Hasakah");
  }

  @Test
  void aWordContinuingACapitalisedNameIsNoNameOfItsOwn() {
    assertThat(places("Shells hit the neighbourhoods of Halab al-Jadida on Friday."))
        .noneMatch(p -> p.startsWith("Jadida") || p.endsWith("/Ar-Raqqah"));
  }

  @Test
  void aPersonsFamilyNameIsNoPlace() {
    assertThat(places("Hospital director Dr. Farid al-Asfar told SANA that ten bodies arrived."))
        .noneMatch(p -> p.endsWith("/As-Suwayda"));
  }

  @Test
  void aWordAfterAWordThatIsNoNameStillNamesItsPlace() {
    // near misses: a compound before the word ("SDF-held") and a sentence's first word do not continue a name
    assertThat(places("Fighters shelled SDF-held al-Shaddadi on Friday.")).contains("Ash Shaddadah/Al-Hasakah");
    assertThat(places("Clashes went on. Al-Shaddadi was shelled.")).contains("Ash Shaddadah/Al-Hasakah");
  }

  @Test
  void aWordOpeningALongerNameIsNoNameOfItsOwn() {
    assertThat(places("A mortar shell landed near al-Sabaa Bahrat square.")).noneMatch(p -> p.endsWith("/Tartus"));
  }

  @Test
  void aNameWithItsArticleStillHasTheHomonymsFiledWithout() {
    // "al-Hamdaniyah" is Nineveh's town as written; Hasakah's village of the name is filed without the article, and
    // the governorate the sentence names picks it (issue 13)
    assertThat(places("Three people were killed when shells hit al-Hamdaniyah village in Hasakah countryside."))
        .contains("Hamdaniyah/Al-Hasakah").doesNotContain("Al-Hamdaniya/Nineveh");
    assertThat(places("A bomb went off in al-Hamdaniya east of Mosul.")).contains("Al-Hamdaniya/Nineveh");
  }
}
