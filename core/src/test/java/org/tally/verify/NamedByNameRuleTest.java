package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.PLACER;
import static org.tally.verify.VerifyFixtures.RULES;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Issue 14 (verify21), a monitor's report of a village the gazetteer lacks: "a landmine exploded near the village of
 * Aqeirbat in the eastern countryside of Hama on October 12". Its own record (ACLED-shaped, invented) names Aqeirbat
 * and has no point, so it is put on Hama governorate, where another record of that day holds 22 at another town. The
 * toll is held to the record at the village its text names, as to one at a named town with a point; 7 (an inflated 1)
 * exceeds it, though the governorate's records of the day hold 23 together. The published 1 is borne out.
 */
class NamedByNameRuleTest {
  private static final String TEXT = "Landmine explosion kills woman in east Hama countryside\n\nOctober 13, 2022\n\n"
      + "SOHR activists have documented the death of a woman after a landmine exploded near the village of Aqeirbat in"
      + " the eastern countryside of Hama on October 12, 2022.";
  private static final ClaimPlace EAST_HAMA = new ClaimPlace("eastern countryside of Hama", "eastern Hama countryside",
      "Hama", "SY", null, null, PlacePrecision.REGION, new org.tally.model.Span(0, 10));
  private static final DaySpan DAY = new DaySpan(LocalDate.parse("2022-10-12"), LocalDate.parse("2022-10-12"));

  private static ReferenceRecord acled(String id, String location, String admin2, Double lat, Double lon, int deaths) {
    return new ReferenceRecord("ACLED", id, DAY, PLACER.place(location, "Hama", admin2, "Syria", lat, lon,
        lat == null ? null : PlacePrecision.POINT), List.of("Unidentified Military Forces", "Civilians (Syria)"),
        deaths, deaths, deaths, null);
  }

  private static final ReferenceRecord AQEIRBAT = acled("SYRX0001", "Aqeirbat", "Salamiyah", null, null, 1);
  private static final ReferenceRecord MAFKAR = acled("SYRX0002", "Mafkar ash Sharqi", null, 35.0100, 37.2245, 22);

  private static Toll toll(int n) {
    return new Toll("doc", -1, Integer.toString(n), n, n, false, EAST_HAMA, DAY, true, null);
  }

  private static TollCheck check(int n, TextNames text) {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(AQEIRBAT, MAFKAR)));
    return verifier.check(toll(n), new NamedPlaces(List.of(), text));
  }

  @Test
  void theRecordAtTheVillageTheTextNamesHoldsTheToll() {
    TollCheck inflated = check(7, TextNames.of(TEXT, RULES.recordNameWords()));
    assertThat(inflated.named("ACLED")).extracting(NamedRecord::record).containsExactly(AQEIRBAT);
    assertThat(inflated.exceedsAtNamedPlace()).isTrue();
    assertThat(inflated.grades().get("ACLED")).isEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void withoutTheTextsNamesTheGovernoratesRecordsHoldMore() {
    TollCheck inflated = check(7, TextNames.NONE);
    assertThat(inflated.exceedsAtNamedPlace()).isFalse();
    assertThat(inflated.grades().get("ACLED")).isEqualTo(ClaimGrade.BELOW);
  }

  @Test
  void thePublishedTollIsBorneOut() {
    TollCheck published = check(1, TextNames.of(TEXT, RULES.recordNameWords()));
    assertThat(published.exceedsAtNamedPlace()).isFalse();
    assertThat(published.supported()).isTrue();
  }

  @Test
  void twoVillagesWithoutPointsAreTwoTowns() {
    // two records at places the text names, neither with a point: the toll's event is not told to be either one's
    ReferenceRecord other = acled("SYRX0003", "Salba", "Salamiyah", null, null, 1);
    Toll seven = toll(7);
    ClaimGrader grader = new ClaimGrader(RULES.settings());
    assertThat(ClaimGrader.oneNamedTown(seven, List.of(AQEIRBAT))).isTrue();
    assertThat(ClaimGrader.oneNamedTown(seven, List.of(AQEIRBAT, other))).isFalse();
    assertThat(grader.exceedsAtNamedPlace(seven, List.of(AQEIRBAT, other, MAFKAR), List.of(AQEIRBAT, other)))
        .isFalse();
  }

  private static final String ZAWIYA = "Woman killed in regime shelling on Jabal Al-Zawiya\n\nNovember 24, 2022\n\n"
      + "Regime forces shelled the village of Al-Fatira in Jabal Al-Zawiya in the southern countryside of Idlib on"
      + " Thursday, killing a woman.";
  private static final ClaimPlace JABAL_ZAWIYA = new ClaimPlace("Jabal Al-Zawiya", "Jabal az Zawiyah", "Idlib", "SY",
      35.70934, 36.50745, PlacePrecision.POINT, new org.tally.model.Span(0, 10));
  private static final DaySpan NOV24 = new DaySpan(LocalDate.parse("2022-11-24"), LocalDate.parse("2022-11-24"));

  private static ReferenceRecord idlib(String id, String location, double lat, double lon, int deaths) {
    return new ReferenceRecord("ACLED", id, NOV24, PLACER.place(location, "Idlib", "Ariha", "Syria", lat, lon,
        PlacePrecision.POINT), List.of("Military Forces of Syria (2000-)", "Civilians (Syria)"), deaths, deaths,
        deaths, null);
  }

  @Test
  void aVillageTheTollsSentenceNamesBeyondPointKmOfItsPointIsMatched() {
    // Fatirah lies 11 km from the gazetteer's point of the mountain, beyond point_km (10); Maarrat an Numan, 20 km
    // off and not named, is not matched
    ReferenceRecord fatirah = idlib("SYRX0092", "Fatirah", 35.6100, 36.4856, 1);
    ReferenceRecord numan = idlib("SYRX0093", "Maarrat an Numan", 35.6441, 36.6706, 3);
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(fatirah, numan)));
    Toll seven = new Toll("doc", -1, "7", 7, 7, false, JABAL_ZAWIYA, NOV24, true, null);
    String sentence = ZAWIYA.substring(ZAWIYA.indexOf("Regime forces"));
    assertThat(verifier.check(seven, NamedPlaces.NONE, TextNames.of(sentence, RULES.recordNameWords()))
        .records().get("ACLED")).containsExactly(fatirah);
    assertThat(verifier.check(seven, NamedPlaces.NONE).records().get("ACLED")).isEmpty();
  }

  @Test
  void aVillageOnlyAnotherSentenceNamesIsNotMatched() {
    // the article names Al-Fatira, but for another incident than the toll's: the toll's sentence names none
    ReferenceRecord fatirah = idlib("SYRX0092", "Fatirah", 35.6100, 36.4856, 1);
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(fatirah)));
    Toll seven = new Toll("doc", -1, "7", 7, 7, false, JABAL_ZAWIYA, NOV24, true, null);
    TextNames article = TextNames.of(ZAWIYA, RULES.recordNameWords());
    TextNames sentence = TextNames.of("A woman was killed in Jabal Al-Zawiya on Thursday.", RULES.recordNameWords());
    assertThat(verifier.check(seven, new NamedPlaces(List.of(), article), sentence).records().get("ACLED")).isEmpty();
  }
}
