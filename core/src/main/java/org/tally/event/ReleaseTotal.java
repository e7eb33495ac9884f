package org.tally.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tally.extract.SeparateTellings;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Victims;

/**
 * What a press release reports of one harm: every person it says its own operations and the attacks it announces
 * killed (or detained), added up. That is its incident claims of its own text (the body's where it has any: a headline
 * restates its body), each at its lower bound ("several" is 3 by the ISAF convention file), less the claims nested in
 * another ("including a sub-commander") and less the background: a claim whose sentence states a time that ended more
 * than a day before the release's own incident ("an attack that killed four policemen in April", "a commander who was
 * captured in January") is another, earlier incident told to explain this one, a claim of its own but none of the
 * release's. A corrected figure ("the number of insurgents killed has been confirmed as five") replaces the figures of
 * its harm told before it ("initial reports indicated that three insurgents were killed"). A release's own total of a
 * short period ("During the past two weeks, the force killed 14 insurgents") or a line of its summary table
 * ("Insurgents killed: 6") holds the operations the release then tells of the same victims: they are in it, not added.
 */
public final class ReleaseTotal {
  // words that put a count inside the one before it
  private static final List<String> NESTING = List.of("including ", "among them ");
  // "last night" and "early on Monday" are one night: a day's slack before the incident's day
  private static final long SLACK_DAYS = 1;

  private ReleaseTotal() {}

  /** The release's total of {@code harm}; 0 when it reports none. */
  public static int of(String text, List<Claim> claims, MainIncident main, Harm harm) {
    List<Claim> own = claims.stream().filter(c -> c.harm() == harm && ownOperations(c, text)
        && c.section().isOwnText() && !nested(text, c) && !ColonLists.listedAfterColon(text, c, claims)
        && !(harm == Harm.DETAINED && (freed(text, c) || held(text, c) || ReleasedDetainees.letGo(text, c)))
        && !background(text, c, main.date())
        && !earlierVersion(text, c) && !answered(text, c)).toList();
    List<Claim> body = own.stream().filter(c -> c.section() == ClaimSection.BODY).toList();
    List<Claim> told = body.isEmpty() ? own : body;
    // a roundup's lead sums up the operations told after it: set aside, then weighed against them
    List<Claim> lead = RoundupLeads.of(text, told);
    if (lead.stream().anyMatch(c -> summary(text, c))) {
      lead = List.of();
    }
    List<Claim> all = RoundupLeads.without(told, lead);
    // "Among those killed was a Taliban commander": one of the dead told again, counted in the whole told before it
    // "arrested five men. Two of the men were arrested at a checkpoint", "Both wounded men and a third insurgent were
    // detained": some of the people a count told before, or one numbered among them, told again
    // "all four individuals killed", "the two other suspected insurgents", "two civilians, a woman and her son"
    List<Claim> counted = all.stream().filter(c -> !((amongTheHarmed(text, c) || partOfTold(text, c)
        || inOneOfTheOperations(text, c) || ReleaseRetellings.rest(text, c))
        && toldWhole(text, all, c, Math.max(least(c), numbered(text, c))) && !afterOwnCount(text, c))
        && !bothTold(all, c) && !targetTold(text, all, c) && !VagueRetellings.retold(text, all, c)
        && !ReleaseRetellings.definiteRetold(text, all, c) && !ReleaseRetellings.apposed(text, all, c)).toList();
    // the last corrected or risen figure replaces what the release told of that harm before it
    Claim update = null;
    for (Claim c : counted) {
      if (updates(text, c)) {
        update = c;
      }
    }
    if (update != null) {
      int from = update.evidence().start();
      Claim last = update;
      // "... has been revised to six. Initial reports had said four insurgents died": the withdrawn figure told after
      counted = counted.stream().filter(c -> c.evidence().start() >= from
          && (c == last || !EarlierFigures.bundled().earlier(text.substring(c.evidence().start(),
              c.count().span().start())))).toList();
    }
    // a summary of the release's own operations over a short period, or a line of its summary table, holds the
    // operations it then tells one by one: those of the victims it counts are in it, not beside it
    List<Claim> summaries = counted.stream().filter(c -> summary(text, c)).toList();
    int sum = 0;
    int covered = 0;
    for (Claim c : counted) {
      if (summaries.isEmpty() || summaries.contains(c) || summaries.stream().noneMatch(s -> covers(s, c) && !TheatreRegions.apart(text, s, c))) {
        int figure = c.count().min() != null ? c.count().min() : c.count().max() != null ? c.count().max() : 0;
        figure += harm == Harm.KILLED && withTheBomber(text, c) ? 1 : 0;
        if (RoundupLeads.covers(text, lead, c)) {
          covered += figure;
        } else {
          sum += figure;
        }
      }
    }
    // (a correction after the lead replaces it with the rest)
    int correctedAt = update == null ? -1 : update.evidence().start();
    boolean leadStands = lead.stream().allMatch(c -> c.evidence().start() >= correctedAt);
    sum += harm == Harm.KILLED ? SuicideBombers.uncounted(text, counted) : 0;
    int total = sum + Math.max(leadStands ? RoundupLeads.figure(lead) : 0, covered);
    // "eight of the men were released": let go after questioning, no detainees of the release
    return harm == Harm.DETAINED ? Math.max(0, total - ReleasedDetainees.of(text, counted)) : total;
  }

  // "During the past two weeks, the force killed 14 insurgents": the release's own operations of a short recent period
  // are its news (a coder counts them); "since the start of Operation Moshtarak" is a campaign's total (cumulative)
  private static final long MAX_SUMMARY_DAYS = 15;
  // a total told as a campaign's ("in total", "so far") over a week at most is still the release's own week
  private static final long MAX_TOTAL_DAYS = 7;
  // "Insurgents killed: 6", "Detained: 3": a line of a summary table, a label, a colon and the figure alone
  private static final Pattern TABLE_LINE = Pattern.compile("^\\s*[\\p{L}][\\p{L} ,'()-]{0,60}:\\s*[\\d,]+\\s*\\.?\\s*$");

  /** Whether the claim sums up the release's operations of a short period, or is a line of its summary table. */
  static boolean summary(String text, Claim c) {
    // "In total, the forces killed 23 insurgents this week": a week's total, whatever words frame it
    long most = c.scope() == Scope.AGGREGATE ? MAX_SUMMARY_DAYS : c.scope() == Scope.CUMULATIVE ? MAX_TOTAL_DAYS : -1;
    // (an aggregate of a day is one day's operations, counted as its incidents are; "this week" early in a week is a
    // day or two, and a total still)
    if (c.when() != null && c.when().text() != null && c.when().start() != null && c.when().end() != null
        && (c.scope() == Scope.CUMULATIVE || !MainIncidentFinder.isDay(c.when()))
        && ChronoUnit.DAYS.between(c.when().start(), c.when().end()) <= most) {
      return true;
    }
    return TABLE_LINE.matcher(text.substring(c.evidence().start(), c.evidence().end())).matches();
  }

  // a summary of people unspecified holds all; one of insurgents holds the insurgents, not a soldier who fell
  private static boolean covers(Claim summary, Claim c) {
    return summary.victims() == Victims.PEOPLE || summary.victims() == c.victims();
  }

  // a release's operations of a day or so: "in joint operations in Helmand, Kandahar and Zabul over the past 24 hours"
  // is one day's operations in three provinces, aggregate but the release's own
  private static boolean ownOperations(Claim c, String text) {
    return c.scope() == Scope.INCIDENT || c.scope() == Scope.AGGREGATE && MainIncidentFinder.isDay(c.when())
        || summary(text, c);
  }

  // "the number of insurgents killed has been confirmed as five", "the toll has risen to nine", "the number of those
  // detained was revised to 12": a toll noun, then a verb of correction or rise, then the figure
  // "the updated toll is 17", "the revised figure stands at 9": the correction told before the noun
  private static final Pattern UPDATE = Pattern.compile(
      "\\b(number|toll)\\b.*\\b(risen|rose|rises|revised|confirmed|updated|corrected|increased|climbed)\\b.*\\b(to|as|at)\\s*$"
      + "|\\b(updated|revised|corrected|confirmed|final)\\s+(death\\s+)?(toll|number|figure|count)\\b[^.]*\\b(is|was|stands at|at|of)\\s*$"
      // "a later count put the number of insurgents killed at eight": a later or final count that puts the figure
      + "|\\b(later|latest|new|final|revised|updated|correction)\\b[^.]*\\bput\\s+the\\s+(death\\s+)?(toll|number|figure)\\b[^.]*\\bat\\s*$"
      // "one of the wounded died in hospital, raising the toll to five": a verb that raises the toll, then the figure
      // "raising the death toll of the attack to six": what the toll is of may stand between it and "to"
      // "raising the total number of dead to eleven", "bringing the overall toll to": a total of the whole
      + "|\\b(raising|bringing|pushing|taking)\\s+the\\s+((total|overall)\\s+)?(death\\s+)?"
      + "(toll|number\\s+of\\s+(the\\s+)?dead)"
      + "(\\s+(of|from|in)\\s+(the\\s+|this\\s+|that\\s+)?[\\w'-]+(\\s+[\\w'-]+)?)?\\s+to\\s*$");

  /** Whether the claim's figure corrects or raises the release's own earlier figure of its harm. */
  // "ISAF can confirm that four insurgents were killed, not six as earlier reported": the figure told as the one that
  // replaces an earlier report's, after it
  private static final Pattern NOT_AS_REPORTED = Pattern.compile("^[^.;]*?,\\s+not\\s+(\\w+\\s+){1,2}as\\s+"
      + "(was\\s+)?(earlier|initially|previously|first|originally)\\s+(reported|stated|announced|said)\\b");

  static boolean updates(String text, Claim claim) {
    int at = claim.count().span().start();
    return UPDATE.matcher(text.substring(claim.evidence().start(), at).toLowerCase(Locale.ROOT)).find()
        || NOT_AS_REPORTED.matcher(text.substring(claim.count().span().end(), claim.evidence().end())
            .toLowerCase(Locale.ROOT)).find();
  }

  // "An earlier version of this release said that two civilians were killed", "A previous release reported that two
  // service members were killed": a figure the release tells as its own earlier, replaced word, none of its count
  // (earlier-figure-cues.tsv, kind replaced)
  private static boolean earlierVersion(String text, Claim claim) {
    int at = claim.count().span().start();
    String before = text.substring(claim.evidence().start(), at);
    // "Initial reports had indicated that two insurgents were killed": a first word in the pluperfect is one the
    // release has already replaced by the figure it confirms
    return EarlierFigures.bundled().replaced(before) || EarlierFigures.bundled().earlier(before)
        && PLUPERFECT.matcher(before.toLowerCase(Locale.ROOT)).find();
  }

  // "In response to media reports that 12 civilians were killed": another's claim the release answers, none of its own
  // (answered-claim-cues.tsv)
  private static boolean answered(String text, Claim claim) {
    return AnsweredClaims.bundled().answered(text.substring(claim.evidence().start(), claim.count().span().start()));
  }

  // "rescued 23 kidnapped civilians", "freed two hostages": people the force set free, held by others, not detained by
  // it (freeing-verbs.tsv)
  private static boolean freed(String text, Claim claim) {
    return FreeingVerbs.bundled().freedAfter(beforeCount(text, claim, 40))
        || FreeingVerbs.bundled().freedPassive(afterCount(text, claim, 80));
  }

  // "the bodies of three abducted road workers", "insurgents kidnapped two teachers": held by others, not by the force
  // (captive-words.tsv)
  private static boolean held(String text, Claim claim) {
    return CaptiveWords.bundled().held(beforeCount(text, claim, 40), afterCount(text, claim, 80));
  }

  // "an insurgent detonated a suicide vest, killing himself and one Afghan soldier": the bomber is one more of the dead
  private static final Pattern WITH_THE_BOMBER = Pattern.compile("\\bkilling\\s+(himself|herself)\\s+and\\s+$");

  private static boolean withTheBomber(String text, Claim claim) {
    return WITH_THE_BOMBER.matcher(beforeCount(text, claim, 30).toLowerCase(Locale.ROOT)).find();
  }

  private static boolean nested(String text, Claim claim) {
    int at = claim.count().span().start();
    String before = text.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
    return NESTING.stream().anyMatch(before::endsWith)
        || NESTED_LIST.matcher(beforeCount(text, claim, 80)).find();
  }

  // "rescued 12 kidnapped victims, including four women and six children": every member of the list "including" opens
  // is nested in the count before it, not the first only (never past an aside's closing dash: "23 civilians - including
  // nine children - and 16 fighters")
  // "Seventeen militants, including two commanders, were killed in the operation, and a militant was captured": the
  // list ends at its sentence's verb; a count after the verb is a clause of its own (wars23)
  private static final String LIST_ENDS = "(?:was|were|is|are|has|have|had)";
  private static final Pattern NESTED_LIST = Pattern.compile(
      "\\b(including|among them)\\s+(?:(?!\\b" + LIST_ENDS + "\\b)[\\w' ,]|\\b-\\b){1,60}?"
      + "(,\\s*|\\s+and\\s+|,\\s+and\\s+)$",
      Pattern.CASE_INSENSITIVE);

  // the harmed as a group the count belongs to: "were among the dead", "was among those detained", "of the insurgents
  // killed were", ", 12 of them foreign fighters"; before it, "Among those killed was", "Of those killed, four were"
  private static final String HARMED = "(dead|killed|victims|fatalities|detained|detainees|arrested|captured)";
  private static final Pattern AMONG_AFTER = Pattern.compile("^[\\w' -]{0,60}?\\b(was|were|is|are)\\s+(also\\s+)?among\\s+"
      + "(the|those)\\s+([\\w-]+\\s+){0,2}?" + HARMED + "\\b|^\\s+of\\s+(the|those)\\s+([\\w-]+\\s+){0,2}?" + HARMED
      + "\\s+(was|were|are|is)\\b|^\\s+(of|among)\\s+(them|whom)\\b");
  // (the words between in lower case, read on the text as written: "the heroes of the Counter-Terrorism Service killed
  // a commander" names a force, not a group of the dead)
  private static final Pattern AMONG_BEFORE = Pattern.compile("\\b(?i:among|of)\\s+(?i:the|those)\\s+"
      + "([\\p{Ll}-]+\\s+){0,2}?(?i:" + HARMED + ")\\b[,\\s]*((?i:was|were|is|are)\\s+)?$");

  /** Whether the claim's sentence tells its people as some of a group harmed: "were among the dead". */
  static boolean amongTheHarmed(String text, Claim claim) {
    String before = beforeCount(text, claim, 60);
    String after = afterCount(text, claim, 80).toLowerCase(Locale.ROOT);
    return AMONG_BEFORE.matcher(before).find() || AMONG_AFTER.matcher(after).find();
  }

  // "a third insurgent" is one of at least three
  private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth");

  // "Two of the men", "two of them", "a third insurgent": a part of people already named, or one numbered among them
  private static final Pattern PART_AFTER = Pattern.compile(
      "^\\s+of\\s+(the|them|those|these)\\b|^\\s+(" + String.join("|", ORDINALS) + ")\\b");

  private static int numbered(String text, Claim claim) {
    String after = afterCount(text, claim).strip();
    for (int i = 0; i < ORDINALS.size(); i++) {
      if (after.startsWith(ORDINALS.get(i) + " ")) {
        return i + 2;
      }
    }
    return 1;
  }

  /** The few words of the claim's sentence right after its count, lower-cased. */
  private static String afterCount(String text, Claim claim) {
    return afterCount(text, claim, 20).toLowerCase(Locale.ROOT);
  }

  /** Up to {@code chars} characters of the claim's sentence right before its count, as written. */
  private static String beforeCount(String text, Claim claim, int chars) {
    int at = claim.count().span().start();
    return text.substring(Math.max(claim.evidence().start(), at - chars), at);
  }

  /** Up to {@code chars} characters of the claim's sentence right after its count, as written. */
  private static String afterCount(String text, Claim claim, int chars) {
    int to = claim.count().span().end();
    return text.substring(to, Math.min(claim.evidence().end(), to + chars));
  }

  private static int least(Claim part) {
    return part.count().min() != null ? part.count().min() : 1;
  }

  /**
   * "One insurgent was killed and a second was wounded and detained": an ordinal that follows a count of its own
   * sentence, of any harm, numbers one more person after that count, not one of a group told before (wars20).
   */
  private static boolean afterOwnCount(String text, Claim claim) {
    return numbered(text, claim) > 1 && OWN_COUNT_BEFORE.matcher(text.substring(claim.evidence().start(),
        claim.count().span().start())).find();
  }

  // a count, then "and" right before the ordinal's own count: "One insurgent was killed and [a second]"
  private static final Pattern OWN_COUNT_BEFORE = Pattern.compile(
      "\\b(one|two|three|four|five|\\d+)\\b[^.;]*\\band\\s+$", Pattern.CASE_INSENSITIVE);

  // "In one of the operations, in Zurmat district, commandos killed an insurgent": one of the operations a total told
  // before sums up, told again (wars23)
  private static final Pattern ONE_OF_THE_OPERATIONS = Pattern.compile(
      "^\\W*(in|during)\\s+one\\s+(of\\s+(the|these|those)|such)\\s+([\\w-]+\\s+)?"
      + "(operations?|raids?|strikes?|missions?|engagements?|patrols?)\\b",
      Pattern.CASE_INSENSITIVE);

  static boolean inOneOfTheOperations(String text, Claim claim) {
    return ONE_OF_THE_OPERATIONS.matcher(text.substring(claim.evidence().start(), claim.count().span().start())).find();
  }

  static boolean partOfTold(String text, Claim claim) {
    return PART_AFTER.matcher(afterCount(text, claim)).find();
  }

  /**
   * "killed two insurgents ... The force returned fire, killing both", "killing the leader and one of his associates.
   * ... the force confirmed the deaths of both men": "both" points back at two people, so where the counts of its harm
   * told before it add up to two or more, it tells them again (wars22).
   */
  private static boolean bothTold(List<Claim> claims, Claim both) {
    if (both.countText() == null || !both.countText().strip().equalsIgnoreCase("both")) {
      return false;
    }
    int before = 0;
    for (Claim c : claims) {
      if (c != both && c.harm() == both.harm() && c.evidence().start() < both.evidence().start()) {
        before += least(c);
      }
    }
    return before >= 2;
  }

  // "the targeted individual", "the target": the one person the operation was after
  private static final Pattern TARGET = Pattern.compile("^\\s+(targeted\\s+individual|target)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * "detained a Taliban weapons facilitator ... The security force detained the targeted individual and several of his
   * associates": "the targeted individual" is the one person of its harm the release told of before, not one more
   * (wars22: seventeenth-release-10). Where none was told before ("searching for a Taliban leader ... detained the
   * targeted individual") he is counted.
   */
  private static boolean targetTold(String text, List<Claim> claims, Claim target) {
    if (target.countText() == null || !target.countText().strip().equalsIgnoreCase("the")
        || !target.count().isExactly(1)) {
      return false;
    }
    int to = target.count().span().end();
    if (!TARGET.matcher(text.substring(to, Math.min(target.evidence().end(), to + 30))).find()) {
      return false;
    }
    // (in a roundup, another province's operation is no telling of this one's target)
    String place = SeparateTellings.openingPlace(text, target);
    return claims.stream().anyMatch(c -> c != target && c.harm() == target.harm() && c.count().isExactly(1)
        && c.evidence().start() < target.evidence().start()
        && java.util.Objects.equals(place, SeparateTellings.openingPlace(text, c)));
  }

  // the whole the part belongs to: a count of its harm told before it, of at least {@code least} people, in the same
  // roundup paragraph and of the same side ("killing three civilians ... killed one of the attackers": wars25)
  private static boolean toldWhole(String text, List<Claim> claims, Claim part, int least) {
    return claims.stream().anyMatch(c -> c != part && c.harm() == part.harm()
        && c.evidence().start() <= part.evidence().start() && c.count().min() != null && c.count().min() >= least
        && ReleaseRetellings.sameTelling(text, c, part));
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

  // "the leader was responsible for the deaths of at least four Afghan soldiers", "a facilitator blamed for the killing
  // of two policemen": the deaths the release charges a target with, his record before the operation, none of its own
  // "the terrorists were involved in the killing of two police constables" (wars23)
  private static final Pattern CHARGED_WITH = Pattern.compile(
      "\\b(responsible for|blamed for|accused of|behind|involved in)\\s+"
      + "(the\\s+)?(deaths?|killings?|murders?|kidnappings?|abductions?)\\s+of\\s+$");

  /**
   * An earlier incident told as background: the claim's sentence places it before the incident's day and tells its
   * harm as a relative clause or in the pluperfect. A stated earlier time alone is not enough: "arrested four men
   * suspected of helping a bomber who attacked a checkpoint last week" dates the bombing, not the arrests.
   */
  static boolean background(String text, Claim claim, LocalDate incidentDay) {
    int sentence = claim.evidence().start();
    int at = claim.count().span().start();
    String before = text.substring(sentence, at).toLowerCase(Locale.ROOT);
    if (AFTER_CLAUSE.matcher(before).find() || CHARGED_WITH.matcher(before).find()) {
      return true;
    }
    if (!earlier(claim, incidentDay)) {
      return false;
    }
    if (opensWithTime(text, claim)) {
      return true;
    }
    String after = text.substring(claim.count().span().end(), claim.evidence().end()).toLowerCase(Locale.ROOT);
    return RELATIVE_BEFORE.matcher(before).find() || RELATIVE_AFTER.matcher(after).find()
        || PLUPERFECT.matcher(before).find();
  }

  /**
   * "Earlier this week, roadside bombs placed by his cell killed three Afghan policemen": a sentence that opens with its
   * earlier time dates its main clause, the harm, by it (wars24: twentieth-release-03).
   */
  private static boolean opensWithTime(String text, Claim claim) {
    ClaimTime when = claim.when();
    return when.span() != null && when.span().start() >= claim.evidence().start()
        && text.substring(claim.evidence().start(), when.span().start()).isBlank();
  }

  /** Whether the claim's own words place it before the incident's day: "in April", "on Monday", "last month". */
  static boolean earlier(Claim claim, LocalDate incidentDay) {
    ClaimTime when = claim.when();
    return incidentDay != null && when != null && when.text() != null && when.end() != null
        && (when.end().isBefore(incidentDay.minusDays(SLACK_DAYS)) || EARLIER_IN.matcher(when.text()).find());
  }

  // "Earlier this month his cell carried out an attack that killed three policemen": a time that says it is before
  // the news, though the stretch it names ("this month") holds the news's day too (wars23)
  private static final Pattern EARLIER_IN = Pattern.compile(
      "^(earlier|previously)\\s+(this|in\\s+the)\\s+(week|month|year)\\b", Pattern.CASE_INSENSITIVE);
}
