package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.model.Claim;

/**
 * A suicide bomber who set off his charge is one of the dead, though no count says so: "A suicide bomber detonated an
 * explosives vest at the entrance to the district centre, wounding two officers. ... No other casualties were
 * reported." A release's total of the killed counts him once, unless a claim counts him already ("killing himself and
 * one soldier", "the bomber was shot dead") or he was stopped before ("shot dead before he could detonate it").
 * Issue 11, wars24 (twentieth-release-04).
 */
final class SuicideBombers {
  private static final Pattern DETONATED = Pattern.compile(
      "\\bsuicide\\s+(bomber|attacker)s?\\b([^.;]{0,120}?)\\b(detonated|blew\\s+(himself|herself)\\s+up|set\\s+off)\\b");
  // the charge did not go off by his hand, or a claim tells his death
  private static final Pattern STOPPED = Pattern.compile("\\b(before|tried|attempted|attempting|failed|could|was\\s+"
      + "(shot|killed)|were\\s+(shot|killed))\\b");
  private static final Pattern HIMSELF = Pattern.compile("\\b(killing|killed)\\s+(himself|herself)\\b");
  // how far after a claim's count its words may name the bomber: "A suicide bomber was shot dead"
  private static final int NAMED_WITHIN = 40;

  private SuicideBombers() {}

  /** 1 where the release's own text (past its title line) tells a suicide bomber set off his charge and no claim counts him. */
  static int uncounted(String text, List<Claim> killed) {
    int body = text.indexOf('\n');
    String lower = text.toLowerCase(Locale.ROOT);
    if (body < 0 || HIMSELF.matcher(lower).find()) {
      return 0;
    }
    Matcher m = DETONATED.matcher(lower);
    boolean detonated = false;
    while (m.find()) {
      if (m.start() > body && !STOPPED.matcher(m.group(2)).find()) {
        detonated = true;
        break;
      }
    }
    if (!detonated) {
      return 0;
    }
    boolean counted = killed.stream().anyMatch(c -> {
      int from = c.count().span().start();
      String words = lower.substring(from, Math.min(c.evidence().end(), from + NAMED_WITHIN));
      return words.contains("bomber") || words.contains("attacker");
    });
    return counted ? 0 : 1;
  }
}
