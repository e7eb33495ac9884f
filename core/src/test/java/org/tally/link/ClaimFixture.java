package org.tally.link;

import org.tally.model.ClaimSection;
import java.time.LocalDate;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/** Builds claim references for linking tests: one line per claim, only the fields a test is about. */
record ClaimFixture(String doc, int ordinal, String outlet, LocalDate docDate, Harm harm, Victims victims, Count count,
    String perpetrator, String claimant, ClaimPlace place, ClaimTime when, Scope scope, String section, String quote,
    String countText) {

  static ClaimFixture killed(String doc, Victims victims, Integer min, Integer max) {
    return new ClaimFixture(doc, 0, "outlet-of-" + doc, null, Harm.KILLED, victims, new Count(min, max, false, new Span(0, 2)),
        "us-led-coalition", "outlet", null, null, Scope.INCIDENT, "body", null, null);
  }

  static ClaimFixture killed(String doc, Victims victims, int exactly) {
    return killed(doc, victims, exactly, exactly);
  }

  ClaimFixture ordinal(int value) {
    return new ClaimFixture(doc, value, outlet, docDate, harm, victims, count, perpetrator, claimant, place, when, scope, section, quote, countText);
  }

  ClaimFixture outlet(String value) {
    return new ClaimFixture(doc, ordinal, value, docDate, harm, victims, count, perpetrator, claimant, place, when, scope, section, quote, countText);
  }

  ClaimFixture published(String isoDate) {
    return new ClaimFixture(doc, ordinal, outlet, LocalDate.parse(isoDate), harm, victims, count, perpetrator, claimant,
        place, when, scope, section, quote, countText);
  }

  ClaimFixture on(String isoDay) {
    return during(isoDay, isoDay);
  }

  /** A day the text states in these words ("on Tuesday"), which the claim's sentence should hold. */
  ClaimFixture on(String isoDay, String words) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant, place,
        new ClaimTime(LocalDate.parse(isoDay), LocalDate.parse(isoDay), words, null), scope, section, quote, countText);
  }

  /** A day given in these words outside the claim's sentence, at its report's dateline before the text. */
  ClaimFixture datelined(String isoDay, String words) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant, place,
        new ClaimTime(LocalDate.parse(isoDay), LocalDate.parse(isoDay), words, new Span(200, 200 + words.length())),
        scope, section, quote, countText);
  }

  ClaimFixture during(String start, String end) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant, place,
        new ClaimTime(LocalDate.parse(start), LocalDate.parse(end), start, null), scope, section, quote, countText);
  }

  /** A time the text does not state: the extractor's guess of the report's day or the day before. */
  ClaimFixture guessed(String start, String end) {
    return new ClaimFixture(doc, ordinal, outlet, LocalDate.parse(end), harm, victims, count, perpetrator, claimant, place,
        new ClaimTime(LocalDate.parse(start), LocalDate.parse(end), null, null), scope, section, quote, countText);
  }

  ClaimFixture in(String admin1) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant,
        new ClaimPlace(admin1, admin1, admin1, "SY", null, null, PlacePrecision.GOVERNORATE, null), when, scope, section, quote, countText);
  }

  ClaimFixture at(String name, String admin1) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant,
        new ClaimPlace(name, name, admin1, "SY", null, null, PlacePrecision.POINT, null), when, scope, section, quote, countText);
  }

  /** A village or town the text names, where the gazetteer puts it. */
  ClaimFixture at(String name, String admin1, double lat, double lon) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant,
        new ClaimPlace(name, name, admin1, "SY", lat, lon, PlacePrecision.POINT, null), when, scope, section, quote, countText);
  }

  /** "Near" a village or town, or "on its outskirts", where the gazetteer puts that village or town. */
  ClaimFixture near(String name, String admin1, double lat, double lon) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant,
        new ClaimPlace("near " + name, name, admin1, "SY", lat, lon, PlacePrecision.NEAR_POINT, null), when, scope,
        section, quote, countText);
  }

  ClaimFixture inRegion(String region, String country) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant,
        new ClaimPlace(region, region, null, country, null, null, PlacePrecision.REGION, null), when, scope, section, quote, countText);
  }

  ClaimFixture inCountry(String country) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant,
        new ClaimPlace(country, country, null, country, null, null, PlacePrecision.COUNTRY, null), when, scope, section, quote, countText);
  }

  ClaimFixture by(String value) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, value, claimant, place, when, scope, section, quote, countText);
  }

  ClaimFixture saidBy(String value) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, value, place, when, scope, section, quote, countText);
  }

  ClaimFixture scope(Scope value) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant, place, when, value, section, quote, countText);
  }

  ClaimFixture harm(Harm value) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, value, victims, count, perpetrator, claimant, place, when, scope, section, quote, countText);
  }

  ClaimFixture section(String value) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant, place, when, scope, value, quote, countText);
  }

  ClaimFixture approx() {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims,
        new Count(count.min(), count.max(), true, count.span()), perpetrator, claimant, place, when, scope, section, quote, countText);
  }

  /** The claim's evidence sentence, which attack words and toll updates are read from. */
  ClaimFixture says(String sentence) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant, place, when, scope,
        section, sentence, countText);
  }

  /** The count as the text writes it ("Dozens"); by default its figure in digits. */
  ClaimFixture written(String words) {
    return new ClaimFixture(doc, ordinal, outlet, docDate, harm, victims, count, perpetrator, claimant, place, when, scope,
        section, quote, words);
  }

  ClaimRef ref() {
    Claim claim = new Claim(doc, harm, victims, count,
        countText != null ? countText : String.valueOf(count.representative()), perpetrator, claimant,
        place, when, scope, Stance.ASSERTED, null, ClaimSection.valueOf(section.toUpperCase(java.util.Locale.ROOT)),
        new Span(0, 10));
    return new ClaimRef(doc, ordinal, outlet, docDate, claim, quote == null ? "sentence of " + doc : quote);
  }
}
