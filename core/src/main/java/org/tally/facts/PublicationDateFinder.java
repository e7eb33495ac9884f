package org.tally.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.text.DateMention;
import org.tally.text.DateReader;

/**
 * Finds when a document was published. The text wins over metadata. In the text, the head (the
 * first {@value #HEAD_CHARS} characters and the dateline sections) is read first, then dates that
 * a publication cue announces ("Published", "Date of publication") anywhere outside teasers and
 * comments. Other dates in the body are event dates and are never taken.
 *
 * <p>A date without a year ("Baghdad, June 28 (RHC)--") counts only as a dateline: alone on a line,
 * or after a short place name and before an agency mark or dash. Its year is the latest year the
 * article mentions. A metadata date in M/D/YYYY form (FA-KES's crowd-coded event date) is the last resort.
 */
final class PublicationDateFinder {
  static final int HEAD_CHARS = 300;
  /** A date may start inside the head and end a little after it. */
  private static final int HEAD_SLACK = 40;
  private static final int MAX_PLACE_CHARS = 40;
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final List<SectionKind> NOT_THE_ARTICLE = List.of(SectionKind.RELATED, SectionKind.COMMENT);

  private final DateReader dates;

  PublicationDateFinder(DateReader dates) {
    this.dates = dates;
  }

  Optional<DatedEvidence> find(Document doc, Layout layout) {
    String text = doc.text();
    Optional<DatedEvidence> found = inHead(text, layout).or(() -> cued(text, layout));
    return found.or(() -> fromMetadata(doc.metadata().date()));
  }

  private Optional<DatedEvidence> inHead(String text, Layout layout) {
    List<DateMention> head = new ArrayList<>(dates.find(text, new Span(0, Math.min(text.length(), HEAD_CHARS + HEAD_SLACK))));
    head.removeIf(m -> m.span().start() >= HEAD_CHARS);
    for (Section dateline : layout.of(SectionKind.DATELINE)) {
      if (dateline.span().start() >= HEAD_CHARS) {
        head.addAll(dates.find(text, dateline.span()));
      }
    }
    head.sort(Comparator.comparingInt(m -> m.span().start()));
    for (DateMention mention : head) {
      SectionKind kind = layout.at(mention.span().start()).map(Section::kind).orElse(SectionKind.BODY);
      if (NOT_THE_ARTICLE.contains(kind)) {
        continue;
      }
      if (mention.hasYear()) {
        return evidence(mention, mention.date());
      }
      if (kind == SectionKind.DATELINE || isInlineDateline(text, mention)) {
        Optional<Integer> year = latestYear(text, layout);
        if (year.isPresent()) {
          return evidence(mention, mention.inYear(year.get()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<DatedEvidence> cued(String text, Layout layout) {
    for (DateMention mention : dates.find(text, new Span(0, text.length()))) {
      SectionKind kind = layout.at(mention.span().start()).map(Section::kind).orElse(SectionKind.BODY);
      if (mention.cued() && mention.hasYear() && !NOT_THE_ARTICLE.contains(kind)) {
        return evidence(mention, mention.date());
      }
    }
    return Optional.empty();
  }

  /** "Baghdad, June 28 (RHC)--": at a line's start or after a short place, before a mark or dash. */
  private static boolean isInlineDateline(String text, DateMention mention) {
    int lineStart = text.lastIndexOf('\n', mention.span().start() - 1) + 1;
    String before = text.substring(lineStart, mention.span().start()).strip();
    if (before.length() > MAX_PLACE_CHARS || before.contains(".")) {
      return false;
    }
    int after = mention.span().end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return after >= text.length() || "(-–—:\n".indexOf(text.charAt(after)) >= 0;
  }

  private Optional<Integer> latestYear(String text, Layout layout) {
    int latest = 0;
    int thisYear = LocalDate.now().getYear();
    for (Section section : layout.sections()) {
      if (!NOT_THE_ARTICLE.contains(section.kind())) {
        for (int year : dates.years(text, section.span())) {
          if (year <= thisYear) {
            latest = Math.max(latest, year);
          }
        }
      }
    }
    return latest == 0 ? Optional.empty() : Optional.of(latest);
  }

  private static Optional<DatedEvidence> evidence(DateMention mention, Optional<LocalDate> date) {
    return date.map(d -> new DatedEvidence(d, mention.span()));
  }

  /** ISO first, then any date form DateReader knows, then M/D/YYYY, the event date of FA-KES. */
  private Optional<DatedEvidence> fromMetadata(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String value = written.strip();
    try {
      return Optional.of(new DatedEvidence(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value,
          DateTimeFormatter.ISO_LOCAL_DATE), null));
    } catch (DateTimeParseException notIso) {
      // read on
    }
    Matcher slashed = MONTH_DAY_YEAR.matcher(value);
    if (slashed.matches()) {
      try {
        return Optional.of(new DatedEvidence(LocalDate.of(Integer.parseInt(slashed.group(3)),
            Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2))), null));
      } catch (java.time.DateTimeException dayFirst) {
        // "31/10/2018" is no month-first date: DateReader reads it day first
      }
    }
    for (DateMention mention : dates.find(value, new Span(0, value.length()))) {
      if (mention.hasYear()) {
        return mention.date().map(d -> new DatedEvidence(d, null));
      }
    }
    return Optional.empty();
  }
}
