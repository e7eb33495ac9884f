package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/**
 * The merge groups claims as comparing each claim with every claim of every earlier group would (the rule of
 * claims.md section 1), but checks a claim only against groups that can take it, so a long text's claims cost
 * linear work, not quadratic.
 */
class ClaimMergerTest {
  private static final String[] CLAIMANTS = {null, "outlet", "sohr", "un"};

  @Test
  void groupsAsThePairwiseRuleDoesOnRandomClaims() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      List<Claim> claims = randomClaims(random, 1 + random.nextInt(40), 30);
      assertThat(ClaimMerger.merge(claims)).as("round %d", round).isEqualTo(pairwise(claims));
    }
  }

  /**
   * A long text's figures repeat (its numbers come from a bounded range, most exact), so once its groups exist, each
   * new claim costs a bounded number of checks. The scan over every member of every earlier group grew with the
   * square of the claims. (The groups are the rule's: a mix made to keep splitting them, of many overlapping
   * ranges, still makes more groups the more claims there are, and so more checks per claim.)
   */
  @Test
  void checksGrowLinearlyWithTheClaims() {
    long once = checks(newsLikeClaims(new Random(7), 50_000));
    long twice = checks(newsLikeClaims(new Random(7), 100_000));
    assertThat(once).isPositive();
    assertThat(twice).isLessThanOrEqualTo(once * 22 / 10);
  }

  /** Own-text claims as news gives them: nine in ten exact, the rest "at least", figures up to 500. */
  private static List<Claim> newsLikeClaims(Random random, int n) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int figure = 1 + random.nextInt(500);
      Span at = new Span(i * 10, i * 10 + 3);
      Count count = random.nextInt(10) == 0 ? new Count(figure, null, false, at) : Count.exactly(figure, false, at);
      claims.add(new Claim("d", random.nextBoolean() ? Harm.KILLED : Harm.INJURED, Victims.PEOPLE, count,
          String.valueOf(figure), null, CLAIMANTS[random.nextInt(CLAIMANTS.length)], null, null, Scope.INCIDENT,
          Stance.ASSERTED, null, random.nextInt(10) == 0 ? ClaimSection.TITLE : ClaimSection.BODY,
          new Span(i * 10, i * 10 + 8)));
    }
    return claims;
  }

  private static long checks(List<Claim> claims) {
    AtomicLong checks = new AtomicLong();
    ClaimMerger.merge(claims, checks);
    return checks.get();
  }

  /**
   * Claims of a few kinds, sections and claimants, with figures up to {@code figures} (ranges of 5, 10 or 15 above
   * them), one every 10 characters.
   */
  private static List<Claim> randomClaims(Random random, int n, int figures) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int low = 1 + random.nextInt(figures);
      Count count = switch (random.nextInt(4)) {
        case 0 -> new Count(low, null, false, new Span(i * 10, i * 10 + 3));
        case 1 -> new Count(low, low + 5 * (1 + random.nextInt(3)), false, new Span(i * 10, i * 10 + 3));
        case 2 -> new Count(null, low, false, new Span(i * 10, i * 10 + 3));
        default -> Count.exactly(low, random.nextBoolean(), new Span(i * 10, i * 10 + 3));
      };
      ClaimSection section = ClaimSection.values()[random.nextInt(ClaimSection.values().length)];
      claims.add(new Claim("d", random.nextBoolean() ? Harm.KILLED : Harm.INJURED,
          random.nextBoolean() ? Victims.CIVILIANS : Victims.PEOPLE, count, String.valueOf(low), null,
          CLAIMANTS[random.nextInt(CLAIMANTS.length)], null, null, Scope.INCIDENT, Stance.ASSERTED, null, section,
          new Span(i * 10, i * 10 + 8)));
    }
    return claims;
  }

  /** The rule as first written: a claim joins the first earlier group every claim of which states the same. */
  private static List<Claim> pairwise(List<Claim> claims) {
    List<List<Claim>> groups = new ArrayList<>();
    for (Claim claim : claims) {
      List<Claim> home = null;
      if (claim.section().isOwnText()) {
        for (List<Claim> group : groups) {
          if (group.stream().allMatch(other -> same(claim, other))) {
            home = group;
            break;
          }
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(claim);
    }
    // combining is ClaimMerger's own: a group of one is passed through, a larger group merged by it
    List<Claim> out = new ArrayList<>();
    for (List<Claim> group : groups) {
      out.add(group.size() == 1 ? group.get(0) : ClaimMerger.merge(group).get(0));
    }
    out.sort(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparingInt(c -> c.count().span().start()));
    return out;
  }

  private static boolean same(Claim a, Claim b) {
    boolean compatible = a.section() == ClaimSection.TITLE || b.section() == ClaimSection.TITLE
        || a.claimant() == null || b.claimant() == null || a.claimant().equals(b.claimant())
        || a.claimant().equals("outlet") || b.claimant().equals("outlet");
    return b.section().isOwnText() && a.harm() == b.harm() && sameVictims(a, b) && compatible
        && close(a.count(), b.count()) && !twoPreciseFigures(a, b);
  }

  /** Two different written figures, neither a multiple of five ("at least 21", "at least 19"): two counts. */
  private static boolean twoPreciseFigures(Claim a, Claim b) {
    int x = Integer.parseInt(a.countText());
    int y = Integer.parseInt(b.countText());
    return x != y && x % 5 != 0 && y % 5 != 0;
  }

  /**
   * One kind of victims, or a headline of people of an exact figure ("Bombs kill 12") and a body's named victims, or
   * an exact headline of named victims and a body's people of an exact figure ("kills three PKK members", "killed
   * three members of the YBS").
   */
  private static boolean sameVictims(Claim a, Claim b) {
    return a.victims() == b.victims() || peopleHeadline(a) && b.section() == ClaimSection.BODY
        || peopleHeadline(b) && a.section() == ClaimSection.BODY
        || exactHeadline(a) && exactPeopleInBody(b) || exactHeadline(b) && exactPeopleInBody(a);
  }

  private static boolean exactHeadline(Claim c) {
    return c.section() == ClaimSection.TITLE && c.count().min() != null && c.count().min().equals(c.count().max());
  }

  private static boolean exactPeopleInBody(Claim c) {
    return c.section() == ClaimSection.BODY && c.victims() == Victims.PEOPLE && c.count().min() != null
        && c.count().min().equals(c.count().max());
  }

  private static boolean peopleHeadline(Claim c) {
    return c.section() == ClaimSection.TITLE && c.victims() == Victims.PEOPLE && c.count().min() != null
        && c.count().min().equals(c.count().max());
  }

  private static boolean close(Count a, Count b) {
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
}
