package org.tally.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Count;
import org.tally.model.Victims;

/**
 * One claim per assertion (claims.md section 1): the headline, lead and body restating the same
 * number of the same harm to the same victims from the same claimant become one claim, carrying the
 * most precise count and the claimant a reporting verb names.
 */
final class ClaimMerger {
  private ClaimMerger() {}

  static List<Claim> merge(List<Claim> claims) {
    return merge(claims, new AtomicLong());
  }

  /**
   * As {@link #merge(List)}, where {@code vague} says which counts were written as a small vague word ("many terrorists
   * were killed", "several were wounded"): two such body claims of different sentences are kept apart, since a
   * vague word says nothing that makes them one assertion, and a report of several clashes gives one per clash.
   */
  static List<Claim> merge(List<Claim> claims, java.util.function.Predicate<Count> vague) {
    return merge(claims, new AtomicLong(), vague, c -> false, c -> false);
  }

  /** As {@link #merge(List)}, adding to {@code checks} each time a claim is checked against a group (for tests). */
  static List<Claim> merge(List<Claim> claims, AtomicLong checks) {
    return merge(claims, checks, c -> false, c -> false, c -> false);
  }

  /**
   * As {@link #merge(List, java.util.function.Predicate)}, where {@code anaphoric} says which counts stand after "the"
   * ("killing the leader and the two associates"): such a claim restates the earlier own-text claim of its harm and
   * figure, whatever victims it names, and is dropped (body claims only).
   */
  static List<Claim> merge(List<Claim> claims, java.util.function.Predicate<Count> vague,
      java.util.function.Predicate<Count> anaphoric) {
    return merge(claims, vague, anaphoric, c -> false);
  }

  /**
   * As {@link #merge(List, java.util.function.Predicate, java.util.function.Predicate)}, where {@code bare} says which
   * counts were read from a plural with no number at all ("detained suspected insurgents", under a convention that
   * counts one): in a release's first sentence such a plural sums up what its body then counts.
   */
  static List<Claim> merge(List<Claim> claims, java.util.function.Predicate<Count> vague,
      java.util.function.Predicate<Count> anaphoric, java.util.function.Predicate<Count> bare) {
    return merge(claims, vague, anaphoric, bare, c -> false);
  }

  /**
   * As {@link #merge(List, java.util.function.Predicate, java.util.function.Predicate, java.util.function.Predicate)},
   * where {@code added} says which counts stand after "another" inside their sentence ("killed 10 and wounded another
   * 20"): such a claim joins no claim of an earlier sentence, however equal its figure, while a later sentence's claim
   * may still restate it ("wounded another three. ... three people were wounded").
   */
  static List<Claim> merge(List<Claim> claims, java.util.function.Predicate<Count> vague,
      java.util.function.Predicate<Count> anaphoric, java.util.function.Predicate<Count> bare,
      java.util.function.Predicate<Count> added) {
    return merge(claims, vague, anaphoric, bare, added, (a, b) -> false);
  }

  /**
   * As {@link #merge(List, java.util.function.Predicate, java.util.function.Predicate, java.util.function.Predicate,
   * java.util.function.Predicate)}, where {@code apart} says which two body claims of different sentences their words
   * tell apart (SeparateTellings: two operations of a roundup, two people each introduced by "a"): neither restates
   * the other, however equal.
   */
  static List<Claim> merge(List<Claim> claims, java.util.function.Predicate<Count> vague,
      java.util.function.Predicate<Count> anaphoric, java.util.function.Predicate<Count> bare,
      java.util.function.Predicate<Count> added, java.util.function.BiPredicate<Claim, Claim> apart) {
    List<Claim> kept = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      if (!(isOwnText(claim) && anaphoric.test(claim.count()) && restatesEarlier(kept, claim))
          && !(vague.test(claim.count()) && summarises(claims, claim))
          && !(bare.test(claim.count()) && leadSumsUp(claims, claim))) {
        kept.add(claim);
      }
    }
    return merge(kept, new AtomicLong(), vague, anaphoric, added, apart);
  }

  /**
   * "Forces detain numerous suspects" over "detained numerous suspected insurgents", "Force kills insurgents" over
   * "killed several insurgents": a headline that gives no figure, only a vague word or a plural, summarises the body's
   * claim of its harm whose count fits it; the body tells who and how many, so the headline adds no claim of its own.
   * Victims may be named more loosely in a headline ("suspects" for "suspected insurgents").
   */
  private static boolean summarises(List<Claim> claims, Claim title) {
    if (title.section() != ClaimSection.TITLE) {
      return false;
    }
    Integer low = title.count().min();
    return claims.stream().anyMatch(c -> c.section() == ClaimSection.BODY && c.harm() == title.harm()
        && (c.victims() == title.victims() || c.victims() == Victims.PEOPLE || title.victims() == Victims.PEOPLE)
        && c.count().min() != null && (low == null || c.count().min() >= low));
  }

  /**
   * "An Afghan and coalition force detained suspected insurgents in Kandahar. … The force detained several suspected
   * insurgents and a Taliban leader": the body's first sentence gives no number, and a later sentence of the body counts
   * the people of that harm; the lead sums up what the body counts, so it adds no claim of its own.
   */
  private static boolean leadSumsUp(List<Claim> claims, Claim lead) {
    if (lead.section() != ClaimSection.BODY) {
      return false;
    }
    boolean later = false;
    for (Claim c : claims) {
      if (c.section() == ClaimSection.BODY && c.evidence().start() < lead.evidence().start()) {
        return false; // not the body's first sentence
      }
      later |= c.section() == ClaimSection.BODY && c.evidence().start() > lead.evidence().start()
          && c.harm() == lead.harm()
          && (c.victims() == lead.victims() || c.victims() == Victims.PEOPLE || lead.victims() == Victims.PEOPLE);
    }
    return later;
  }

  private static boolean restatesEarlier(List<Claim> earlier, Claim claim) {
    for (Claim other : earlier) {
      // a body's "the 28 dead" after a headline's "kill 28 civilians" is the body's own first telling: kept
      if (other.section() == ClaimSection.BODY && claim.section() == ClaimSection.BODY && other.harm() == claim.harm()
          && other.evidence().start() < claim.evidence().start()
          && other.count().isExact() && other.count().min().equals(claim.count().min())
          && other.count().max().equals(claim.count().max())) {
        return true;
      }
    }
    return false;
  }

  private static List<Claim> merge(List<Claim> claims, AtomicLong checks, java.util.function.Predicate<Count> vague,
      java.util.function.Predicate<Count> anaphoric, java.util.function.Predicate<Count> added) {
    return merge(claims, checks, vague, anaphoric, added, (a, b) -> false);
  }

  private static List<Claim> merge(List<Claim> claims, AtomicLong checks, java.util.function.Predicate<Count> vague,
      java.util.function.Predicate<Count> anaphoric, java.util.function.Predicate<Count> added,
      java.util.function.BiPredicate<Claim, Claim> apart) {
    List<Group> groups = new ArrayList<>();
    // own-text groups by harm and victims, then by their first claim's figure: a claim is only checked against groups
    // whose figures can be close to its own, so a long text's thousands of claims are not compared pairwise
    Map<Kind, Figures> joinable = new HashMap<>();
    Map<org.tally.model.Span, List<Claim>> bySentence = null;
    for (Claim claim : claims) {
      Group home = null;
      Figures figures = null;
      if (isOwnText(claim)) {
        figures = joinable.computeIfAbsent(new Kind(claim), k -> new Figures());
        home = figures.firstFitting(claim, checks, vague, anaphoric);
        if (home != null && (joinsEarlierSentence(home, claim, added) || toldApart(home, claim, apart))) {
          home = null;
        }
        if (home != null && figureless(claim)) {
          if (bySentence == null) {
            bySentence = bySentence(claims);
          }
          if (companionsDiffer(home, claim, bySentence)) {
            home = null;
          }
        }
        Group headline = headlineOfPeople(joinable, claim, checks, vague, anaphoric);
        if (headline != null && (joinsEarlierSentence(headline, claim, added) || toldApart(headline, claim, apart))) {
          headline = null;
        }
        if (headline != null && (home == null || headline.order < home.order)) {
          home = headline;
          figures.add(claim.count(), home);
        }
      }
      if (home == null) {
        home = new Group(groups.size());
        groups.add(home);
        if (figures != null) {
          figures.add(claim.count(), home);
        }
      }
      home.add(claim);
    }
    List<Claim> out = new ArrayList<>();
    for (Group group : groups) {
      out.add(group.claims.size() == 1 ? group.claims.get(0) : combine(group.claims));
    }
    out.sort(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparingInt(c -> c.count().span().start()));
    return out;
  }

  // "dozens" (24) and vaguer magnitudes: a figure no sentence writes twice the same way for a reason
  private static final int FIGURELESS_AT_LEAST = 24;

  /** A count with no figure written, of a magnitude word: "dozens more injured", "scores were wounded", "hundreds". */
  private static boolean figureless(Claim claim) {
    Count count = claim.count();
    return claim.section() == ClaimSection.BODY && count.max() == null && count.min() != null
        && count.min() >= FIGURELESS_AT_LEAST && claim.countText() != null
        && claim.countText().chars().noneMatch(Character::isDigit);
  }

  private static Map<org.tally.model.Span, List<Claim>> bySentence(List<Claim> claims) {
    Map<org.tally.model.Span, List<Claim>> out = new HashMap<>();
    for (Claim claim : claims) {
      if (claim.section() == ClaimSection.BODY) {
        out.computeIfAbsent(claim.evidence(), k -> new ArrayList<>(2)).add(claim);
      }
    }
    return out;
  }

  /**
   * "67 people were killed and dozens more injured in Aleppo. ... five people were killed and dozens more injured in
   * Idlib": a figureless count beside a toll of another harm is that toll's incident's, so where the group's body
   * sentence gives that harm another figure, the two are different incidents, not one assertion (issue 11, count16:
   * 4 such "dozens" were lost to the first incident's in 20g and 20i). A lead and body telling the same toll ("killed
   * five and wounded dozens" ... "five were killed and dozens wounded") stay one.
   */
  private static boolean companionsDiffer(Group group, Claim claim, Map<org.tally.model.Span, List<Claim>> bySentence) {
    List<Claim> mine = bySentence.getOrDefault(claim.evidence(), List.of());
    for (Claim other : group.claims) {
      if (other.section() != ClaimSection.BODY || other.evidence().equals(claim.evidence())) {
        continue;
      }
      for (Claim companion : mine) {
        if (companion.harm() == claim.harm() || !figured(companion)) {
          continue;
        }
        boolean told = false;
        boolean same = false;
        for (Claim theirs : bySentence.getOrDefault(other.evidence(), List.of())) {
          if (theirs.harm() == companion.harm() && figured(theirs)) {
            told = true;
            same |= java.util.Objects.equals(theirs.count().min(), companion.count().min())
                && java.util.Objects.equals(theirs.count().max(), companion.count().max());
          }
        }
        if (told && !same) {
          return true;
        }
      }
    }
    return false;
  }

  /** A toll written as a figure: digits, or an exact number ("five"). */
  private static boolean figured(Claim claim) {
    Count count = claim.count();
    return count.min() != null && (count.min().equals(count.max())
        || claim.countText() != null && claim.countText().chars().anyMatch(Character::isDigit));
  }

  /** Whether the group holds a body claim of another sentence that {@code apart} tells apart from this one. */
  private static boolean toldApart(Group group, Claim claim, java.util.function.BiPredicate<Claim, Claim> apart) {
    if (claim.section() != ClaimSection.BODY) {
      return false;
    }
    for (Claim other : group.claims) {
      if (other.section() == ClaimSection.BODY && !other.evidence().equals(claim.evidence())
          && apart.test(other, claim)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a body claim after "another" would join a group holding another sentence's body claim (told before). */
  private static boolean joinsEarlierSentence(Group group, Claim claim, java.util.function.Predicate<Count> added) {
    if (claim.section() != ClaimSection.BODY || !added.test(claim.count())) {
      return false;
    }
    for (Claim other : group.claims) {
      if (other.section() == ClaimSection.BODY && !other.evidence().equals(claim.evidence())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Bombs kill 12" over "at least 12 civilians were killed": a headline that names no victims (people) and gives an
   * exact figure restates the body's first claim of its harm and figure, whoever the body says they were. The headline's group joins a body claim
   * of named victims only while it holds headlines alone; a body's own "12 people" stays a claim of people. The other
   * way round too: "Drone strike kills three PKK members" and the body's "killed three members of the YBS" (people).
   */
  private static Group headlineOfPeople(Map<Kind, Figures> joinable, Claim claim, AtomicLong checks,
      java.util.function.Predicate<Count> vague, java.util.function.Predicate<Count> anaphoric) {
    boolean people = claim.victims() == Victims.PEOPLE;
    boolean exact = claim.count().isExact();
    // a headline of an exact figure joins the body's claims of the other victims, and so does a body claim of named
    // victims, or of people with an exact figure
    boolean joins = claim.section() == ClaimSection.TITLE ? exact
        : claim.section() == ClaimSection.BODY && (!people || exact);
    if (!joins) {
      return null;
    }
    Group first = null;
    for (Victims victims : Victims.values()) {
      // named victims are told as people, never as other named victims
      Figures other = victims == claim.victims() || !people && victims != Victims.PEOPLE ? null
          : joinable.get(new Kind(claim.harm(), victims));
      Group group = other == null ? null : other.firstFitting(claim, checks, vague, anaphoric);
      if (group != null && (first == null || group.order < first.order)) {
        first = group;
      }
    }
    return first;
  }

  /**
   * Whether two claims may tell of the same people: one kind, or a headline and a body claim of which one says people
   * (the body's people with an exact figure).
   */
  private static boolean sameVictims(Claim a, Claim b) {
    return a.victims() == b.victims() || headlineAndBodyOfPeople(a, b) || headlineAndBodyOfPeople(b, a);
  }

  // only an exact headline figure: "Air strikes kill dozens" may sum several of the body's tellings, or sit beside a
  // video's caption that the body text holds ("kill dozens of civilians - YouTube")
  private static boolean headlineAndBodyOfPeople(Claim headline, Claim body) {
    return headline.section() == ClaimSection.TITLE && headline.count().isExact()
        && body.section() == ClaimSection.BODY
        && (headline.victims() == Victims.PEOPLE || body.victims() == Victims.PEOPLE && body.count().isExact());
  }

  /**
   * The groups of one kind by their first claim's figure, groups opened by an exact figure apart: two exact figures
   * are close only when equal, so an exact claim looks at those groups of its own figure only.
   */
  private static final class Figures {
    private final TreeMap<Integer, List<Group>> exact = new TreeMap<>();
    private final TreeMap<Integer, List<Group>> bounded = new TreeMap<>();

    void add(Count first, Group group) {
      (first.isExact() ? exact : bounded).computeIfAbsent(first.representative(), f -> new ArrayList<>()).add(group);
    }

    /** The earliest group every claim of which states the same as {@code claim}, or null. */
    Group firstFitting(Claim claim, AtomicLong checks, java.util.function.Predicate<Count> vague,
        java.util.function.Predicate<Count> anaphoric) {
      // close figures are within a tenth of each other, so a fitting group's first figure lies in this window
      long figure = claim.count().representative();
      int low = (int) Math.max(Integer.MIN_VALUE, figure - Math.abs(figure) / 9 - 1);
      int high = (int) Math.min(Integer.MAX_VALUE, figure + Math.abs(figure) / 9 + 1);
      Group first = null;
      Iterable<List<Group>> sameFigure = claim.count().isExact()
          ? List.of(exact.getOrDefault((int) figure, List.of())) : exact.subMap(low, true, high, true).values();
      for (Iterable<List<Group>> lists : List.of(sameFigure, bounded.subMap(low, true, high, true).values())) {
        for (List<Group> near : lists) {
          for (Group group : near) {
            checks.incrementAndGet();
            if ((first == null || group.order < first.order) && group.fits(claim, vague, anaphoric)) {
              first = group;
            }
          }
        }
      }
      return first;
    }
  }

  /** Harm and victims: claims of different kinds never state the same thing. */
  private record Kind(org.tally.model.Harm harm, org.tally.model.Victims victims) {
    Kind(Claim claim) {
      this(claim.harm(), claim.victims());
    }
  }

  /**
   * Claims stating one thing, in the order met, with what a new claim is checked against: the one claimant their
   * non-headline claims name (a headline's attribution summarises the body's, so it fits any claimant; "outlet"
   * fits any), and their distinct counts.
   */
  private static final class Group {
    final int order;
    final List<Claim> claims = new ArrayList<>();
    // non-headline claims are pairwise compatible, so they name one claimant at most
    String namedClaimant;
    final Map<List<Integer>, Count> counts = new LinkedHashMap<>();

    Group(int order) {
      this.order = order;
    }

    void add(Claim claim) {
      claims.add(claim);
      if (claim.section() != ClaimSection.TITLE && named(claim.claimant())) {
        namedClaimant = claim.claimant();
      }
      counts.putIfAbsent(java.util.Arrays.asList(claim.count().min(), claim.count().max()), claim.count());
    }

    /** Whether {@code claim} is the same assertion as every claim of the group (all own text, of its kind). */
    boolean fits(Claim claim, java.util.function.Predicate<Count> vague, java.util.function.Predicate<Count> anaphoric) {
      if (claim.section() == ClaimSection.BODY) {
        for (Claim other : claims) {
          // "the leader" after "a Taliban leader" refers back: a vague first telling is still restated by "the"
          boolean apart = other.section() == ClaimSection.BODY && !other.evidence().equals(claim.evidence())
              && (vague.test(claim.count()) || vague.test(other.count()))
              && !anaphoric.test(claim.count()) && !anaphoric.test(other.count())
              && !definite(claim.countText()) && !definite(other.countText());
          if (apart) {
            return false;
          }
        }
      }
      // a headline of people joined by the body's "12 civilians" (headlineOfPeople) is that claim now: the body's
      // "12 people" elsewhere is another telling, as before the headline joined
      for (Claim other : claims) {
        if (!sameVictims(claim, other) || twoPreciseFigures(claim, other)) {
          return false;
        }
      }
      if (claim.section() != ClaimSection.TITLE && named(claim.claimant()) && namedClaimant != null
          && !namedClaimant.equals(claim.claimant())) {
        return false;
      }
      for (Count count : counts.values()) {
        if (!closeCounts(claim.count(), count)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * "killed at least 21 people" and, of another village, "killed at least 19 people": a restatement rounds ("more than
   * 50" for "some 54", "over 1,300" for "at least 1,319"), so two different figures neither of which is round (a
   * multiple of five) are two counts, however close.
   */
  private static boolean twoPreciseFigures(Claim a, Claim b) {
    Integer x = writtenFigure(a);
    Integer y = writtenFigure(b);
    return x != null && y != null && !x.equals(y) && x % 5 != 0 && y % 5 != 0;
  }

  /** The one number a count's words write in digits ("at least 21", "1,319"), or an exact count's value; else null. */
  private static Integer writtenFigure(Claim claim) {
    String text = claim.countText() == null ? "" : claim.countText();
    long value = 0;
    int numbers = 0;
    boolean inNumber = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        numbers += inNumber ? 0 : 1;
        inNumber = true;
        value = Math.min(value * 10 + (ch - '0'), Integer.MAX_VALUE);
      } else if (numbers > 0 && Character.isLetter(ch) || ch == '.') {
        // "1.2 million", "20 thousand": a decimal point or a scale word makes the digits no figure of their own
        return null;
      } else if (!(inNumber && (ch == ',' || ch == ' ') && i + 1 < text.length()
          && Character.isDigit(text.charAt(i + 1)))) {
        inNumber = false;
      }
    }
    if (numbers > 0) {
      return numbers == 1 ? (int) value : null;
    }
    // "almost a dozen" is as round as "more than 50": only an exact word figure ("nineteen") counts
    Count c = claim.count();
    return !c.approx() && c.min() != null && c.min().equals(c.max()) ? c.min() : null;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.Set<String> DEFINITE_WORDS = java.util.Set.of("the", "these", "those", "his", "her",
      "their", "its");

  /** A count that refers back to people already told of: "the leader", "his deputy". */
  private static boolean definite(String countText) {
    if (countText == null) {
      return false;
    }
    String first = SPACES.split(countText.strip(), 2)[0].toLowerCase(java.util.Locale.ROOT);
    return DEFINITE_WORDS.contains(first);
  }

  private static boolean isOwnText(Claim claim) {
    return claim.section().isOwnText();
  }

  /**
   * Counts that can be the same number said twice: two exact figures are equal; otherwise the bounds overlap and the
   * figures are within a tenth of each other ("more than 50" and "some 54", "over 1,300" and "at least 1,319").
   */
  private static boolean closeCounts(Count a, Count b) {
    boolean exactA = a.min() != null && a.min().equals(a.max());
    boolean exactB = b.min() != null && b.min().equals(b.max());
    if (exactA && exactB) {
      return a.min().equals(b.min());
    }
    long lowA = a.min() == null ? 0 : a.min();
    long lowB = b.min() == null ? 0 : b.min();
    long highA = a.max() == null ? Long.MAX_VALUE : a.max();
    long highB = b.max() == null ? Long.MAX_VALUE : b.max();
    if (lowA > highB || lowB > highA) {
      return false;
    }
    int ra = a.representative();
    int rb = b.representative();
    return Math.abs(ra - rb) <= Math.max(ra, rb) / 10;
  }

  private static Claim combine(List<Claim> group) {
    // headlines drop qualifiers ("20 killed" over "at least 20 were killed"): the body's count is the claim's
    List<Claim> body = group.stream().filter(c -> c.section() == ClaimSection.BODY).toList();
    Claim best = (body.isEmpty() ? group : body).stream().max(Comparator.comparingInt(ClaimMerger::precision)
        .thenComparing(c -> -roundness(c.countText()))).orElseThrow();
    String claimant = group.stream().filter(c -> c.section() == ClaimSection.BODY && named(c.claimant()))
        .map(Claim::claimant).findFirst()
        .orElse(group.stream().map(Claim::claimant).filter(ClaimMerger::named).findFirst().orElse(best.claimant()));
    String perpetrator = best.perpetrator() != null ? best.perpetrator()
        : group.stream().map(Claim::perpetrator).filter(p -> p != null).findFirst().orElse(null);
    Claim attributed = group.stream().filter(c -> claimant != null && claimant.equals(c.claimant())).findFirst().orElse(best);
    Integer attacks = group.stream().map(Claim::attacks).filter(a -> a != null).findFirst().orElse(null);
    // "three members of the YBS" told in a headline as "three PKK members": the victims the group names
    Victims victims = best.victims() != Victims.PEOPLE ? best.victims() : group.stream().map(Claim::victims)
        .filter(v -> v != Victims.PEOPLE).findFirst().orElse(Victims.PEOPLE);
    return new Claim(best.doc(), best.harm(), victims, best.count(), best.countText(), perpetrator, claimant,
        best.location(), best.when(), best.scope(), attributed.stance(), attacks, best.section(), best.evidence());
  }

  /** Trailing zeros of the figure as written: "1,319" is more precise than "over 1,300". */
  private static int roundness(String countText) {
    // read in place, from the end: the zeros before any other digit, never the figure's first digit ("0" has none)
    int digits = 0;
    int zeros = 0;
    for (int i = countText == null ? -1 : countText.length() - 1; i >= 0; i--) {
      char c = countText.charAt(i);
      if (c >= '0' && c <= '9') {
        zeros += c == '0' && zeros == digits ? 1 : 0;
        digits++;
      }
    }
    return Math.min(zeros, Math.max(0, digits - 1));
  }

  private static boolean named(String claimant) {
    return claimant != null && !claimant.equals("outlet");
  }

  /** Exact beats approximate beats a range beats a lower bound beats an upper bound. */
  private static int precision(Claim claim) {
    Count c = claim.count();
    if (c.min() != null && c.min().equals(c.max())) {
      return c.approx() ? 4 : 5;
    }
    if (c.min() != null && c.max() != null) {
      return 3;
    }
    return c.min() != null ? 2 : 1;
  }
}
