package org.tally.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.Harm;
import org.tally.model.Scope;

/**
 * What a press release reports of one harm: every person it says its own operations and the attacks it announces
 * killed (or detained), added up. That is its incident claims of its own text (the body's where it has any: a headline
 * restates its body), each at its lower bound ("several" is 3 by the ISAF convention file), less the claims nested in
 * another ("including a sub-commander") and less the background: a claim whose sentence states a time that ended more
 * than a day before the release's own incident ("an attack that killed four policemen in April", "a commander who was
 * captured in January") is another, earlier incident told to explain this one, a claim of its own but none of the
 * release's. A corrected figure ("the number of insurgents killed has been confirmed as five") replaces the figures of
 * its harm told before it ("initial reports indicated that three insurgents were killed").
 */
public final class ReleaseTotal {
  // words that put a count inside the one before it
  private static final List<String> NESTING = List.of("including ", "among them ");
  // "last night" and "early on Monday" are one night: a day's slack before the incident's day
  private static final long SLACK_DAYS = 1;

  private ReleaseTotal() {}

  /** The release's total of {@code harm}; 0 when it reports none. */
  public static int of(String text, List<Claim> claims, MainIncident main, Harm harm) {
    List<Claim> own = claims.stream().filter(c -> c.harm() == harm && ownOperations(c)
        && c.section().isOwnText() && !nested(text, c) && !background(text, c, main.date())).toList();
    List<Claim> body = own.stream().filter(c -> c.section() == ClaimSection.BODY).toList();
    List<Claim> counted = body.isEmpty() ? own : body;
    // the last corrected or risen figure replaces what the release told of that harm before it
    Claim update = null;
    for (Claim c : counted) {
      if (updates(text, c)) {
        update = c;
      }
    }
    if (update != null) {
      int from = update.evidence().start();
      counted = counted.stream().filter(c -> c.evidence().start() >= from).toList();
    }
    int sum = 0;
    for (Claim c : counted) {
      sum += c.count().min() != null ? c.count().min() : c.count().max() != null ? c.count().max() : 0;
    }
    return sum;
  }

  // a release's operations of a day or so: "in joint operations in Helmand, Kandahar and Zabul over the past 24 hours"
  // is one day's operations in three provinces, aggregate but the release's own
  private static boolean ownOperations(Claim c) {
    return c.scope() == Scope.INCIDENT || c.scope() == Scope.AGGREGATE && MainIncidentFinder.isDay(c.when());
  }

  // "the number of insurgents killed has been confirmed as five", "the toll has risen to nine", "the number of those
  // detained was revised to 12": a toll noun, then a verb of correction or rise, then the figure
  private static final Pattern UPDATE = Pattern.compile(
      "\\b(number|toll)\\b.*\\b(risen|rose|rises|revised|confirmed|updated|corrected|increased|climbed)\\b.*\\b(to|as|at)\\s*$");

  /** Whether the claim's figure corrects or raises the release's own earlier figure of its harm. */
  static boolean updates(String text, Claim claim) {
    int at = claim.count().span().start();
    return UPDATE.matcher(text.substring(claim.evidence().start(), at).toLowerCase(Locale.ROOT)).find();
  }

  private static boolean nested(String text, Claim claim) {
    int at = claim.count().span().start();
    String before = text.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
    return NESTING.stream().anyMatch(before::endsWith);
  }

  // the harm told in a relative clause ("an attack that killed four", "a commander who was captured") or in the
  // pluperfect ("the militants had attacked the checkpoint on Monday, killing two") is what happened before the news
  private static final Pattern RELATIVE_BEFORE = Pattern.compile("\\b(that|which|who)\\s+(\\w+,?\\s+){0,8}$");
  private static final Pattern RELATIVE_AFTER =
      Pattern.compile("^[\\w' -]{0,40}?\\b(who|that)\\s+(was|were|had been|has been)\\s");
  private static final Pattern PLUPERFECT = Pattern.compile("\\bhad\\b");
  // "police took a dozen suspects into custody today, a day after a suicide bomber attacked the station, killing three
  // policemen": a clause that follows the news and dates its harm before it, by a span of time and "after". Only after
  // a comma: a clause that opens the sentence ("Two days after the offensive began, the force killed 12") dates the
  // news itself.
  private static final Pattern AFTER_CLAUSE = Pattern.compile(
      ",\\s+(a|one|two|three|four|five|six|seven|several|a few|\\d+)\\s+(day|days|week|weeks|month|months)\\s+after\\s");

  /**
   * An earlier incident told as background: the claim's sentence places it before the incident's day and tells its
   * harm as a relative clause or in the pluperfect. A stated earlier time alone is not enough: "arrested four men
   * suspected of helping a bomber who attacked a checkpoint last week" dates the bombing, not the arrests.
   */
  static boolean background(String text, Claim claim, LocalDate incidentDay) {
    int sentence = claim.evidence().start();
    int at = claim.count().span().start();
    String before = text.substring(sentence, at).toLowerCase(Locale.ROOT);
    if (AFTER_CLAUSE.matcher(before).find()) {
      return true;
    }
    if (!earlier(claim, incidentDay)) {
      return false;
    }
    String after = text.substring(claim.count().span().end(), claim.evidence().end()).toLowerCase(Locale.ROOT);
    return RELATIVE_BEFORE.matcher(before).find() || RELATIVE_AFTER.matcher(after).find()
        || PLUPERFECT.matcher(before).find();
  }

  /** Whether the claim's own words place it before the incident's day: "in April", "on Monday", "last month". */
  static boolean earlier(Claim claim, LocalDate incidentDay) {
    ClaimTime when = claim.when();
    return incidentDay != null && when != null && when.text() != null && when.end() != null
        && when.end().isBefore(incidentDay.minusDays(SLACK_DAYS));
  }
}
