package org.tally.store;

import org.tally.model.ClaimSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Harm;
import org.tally.model.Layout;
import org.tally.model.Metadata;
import org.tally.model.Scope;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;

/**
 * Numbered documents that any process can regenerate exactly, so a test can check what another process stored.
 * Each text states how many claims and sections the document has.
 */
final class SyntheticDocuments {
  private SyntheticDocuments() {}

  static String id(int n) {
    return String.format(Locale.ROOT, "doc-%05d", n);
  }

  static List<Analysis> range(int from, int to) {
    List<Analysis> docs = new ArrayList<>();
    for (int n = from; n < to; n++) {
      docs.add(ingested(n));
    }
    return docs;
  }

  static Analysis ingested(int n) {
    int claimCount = n % 5;
    int sectionCount = 1 + n % 3;
    StringBuilder text = new StringBuilder();
    List<Section> sections = new ArrayList<>();
    append(text, sections, SectionKind.TITLE, "Report " + n + ": claims=" + claimCount + " sections=" + sectionCount);
    for (int s = 1; s < sectionCount; s++) {
      SectionKind kind = SectionKind.values()[(n + s) % SectionKind.values().length];
      append(text, sections, kind, "Part " + s + " of report " + n + ".");
    }
    List<Claim> claims = new ArrayList<>();
    for (int c = 0; c < claimCount; c++) {
      text.append('\n');
      int start = text.length();
      String number = Integer.toString(n + c + 2);
      text.append("In town ").append(c).append(", ");
      Span count = new Span(text.length(), text.length() + number.length());
      text.append(number).append(" people were harmed.");
      claims.add(claim(n, c, count, number, new Span(start, text.length())));
    }
    Document document = new Document(id(n), "synthetic:" + n, text.toString(),
        new Metadata("Report " + n, n % 2 == 0 ? null : "https://example.org/" + n, "Example", null));
    DocumentFacts facts = new DocumentFacts("Report " + n, n % 3 == 0 ? null : "Example",
        LocalDate.of(2018, 1, 1).plusDays(n % 365), null, "en");
    return new Analysis(document, new Layout(sections), facts, claims, mainIncident(n, claims, facts.date()));
  }

  /** None for every third document; else the first claim's place, time and count, as far as the claim gives them. */
  private static MainIncident mainIncident(int n, List<Claim> claims, LocalDate date) {
    if (n % 3 == 2) {
      return MainIncident.NONE;
    }
    if (claims.isEmpty()) {
      return new MainIncident(n % 2 == 0 ? null : new ClaimPlace(null, "Aleppo", "Aleppo", "SY", null, null,
          org.tally.model.PlacePrecision.GOVERNORATE, null), date, null, null, null, null);
    }
    Claim lead = claims.get(0);
    return new MainIncident(lead.location(), lead.when() == null ? date : lead.when().start(), lead.count().min(),
        lead.count().max(), lead.evidence(), lead.count().span());
  }

  private static void append(StringBuilder text, List<Section> sections, SectionKind kind, String words) {
    if (text.length() > 0) {
      text.append('\n');
    }
    int start = text.length();
    text.append(words);
    sections.add(new Section(kind, start, text.length()));
  }

  private static Claim claim(int n, int c, Span count, String number, Span evidence) {
    int value = Integer.parseInt(number);
    return new Claim(id(n),
        Harm.values()[(n + c) % Harm.values().length],
        Victims.values()[(n + c) % Victims.values().length],
        c % 2 == 0 ? Count.exactly(value, c % 3 == 0, count) : new Count(value, null, false, count),
        number,
        c % 2 == 0 ? "isis" : null,
        "outlet",
        c % 2 == 0 ? null : new ClaimPlace("town " + c, "Town " + c, "Aleppo", "SY", 36.2 + c, 37.1 + n / 1000.0, org.tally.model.PlacePrecision.POINT, null),
        c % 3 == 0 ? null : new ClaimTime(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 1 + c), "in March", null),
        Scope.values()[(n + c) % Scope.values().length],
        Stance.values()[(n + c) % Stance.values().length],
        c == 1 ? 3 : null,
        ClaimSection.BODY,
        evidence);
  }
}
