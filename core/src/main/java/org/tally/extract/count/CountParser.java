package org.tally.extract.count;

import java.util.ArrayList;
import java.util.List;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.PhraseTrie;
import org.tally.lexicon.Lexicons;
import org.tally.model.Count;
import org.tally.model.Span;

/**
 * Finds every count of people in a stretch of text (claims.md section 3): an amount ("18", "forty-two",
 * "1.2 million", "dozens", "a"), maybe a range of two ("between 20 and 30"), maybe after a qualifier
 * ("at least", "some"). Left to right, longest match, no overlaps. The text is tokenised once; each word is
 * then looked up in hash tables and phrase tries built from the rule files of {@link CountLexicon}.
 *
 * <p>It finds counts, not claims: years, strike counts and "a" before a non-person are returned too, and the
 * extractor rejects them by what surrounds them.
 */
public final class CountParser {
  private final CountLexicon lexicon;
  private final AmountReader amounts;
  private final Particles particles;

  public CountParser(CountLexicon lexicon) {
    this(lexicon, Particles.NONE);
  }

  CountParser(CountLexicon lexicon, Particles particles) {
    this.lexicon = lexicon;
    this.amounts = new AmountReader(lexicon);
    this.particles = particles;
  }

  /** A parser over these lexicons' word lists, built once per lexicons. */
  public static CountParser from(Lexicons rules) {
    return rules.built(CountParser.class, r -> new CountParser(CountLexicon.from(r), Particles.from(r)));
  }

  /** Every count in {@code text} within {@code range}, left to right; offsets are into {@code text}. */
  public List<CountMention> find(String text, Span range) {
    return find(TokenStream.scan(text, range.start(), Math.min(range.end(), text.length())));
  }

  /**
   * As {@link #find(String, Span)}, over a document's tokens, scanned once: the counts whose words lie wholly in
   * {@code range}.
   */
  public List<CountMention> find(DocumentTokens doc, Span range) {
    return find(TokenStream.window(doc.fine(), range.start(), range.end()));
  }

  private List<CountMention> find(TokenStream t) {
    List<CountMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Amount amount = mayStart(t, i) ? qualifiedAt(t, i) : null;
      if (amount == null || bareBeforeACount(t, i, amount) || afterAZeroCounter(t, i) || correlative(t, i)) {
        i++;
        continue;
      }
      CountMention mention = mention(t, amount);
      if (mention != null) {
        mentions.add(mention);
      }
      i = amount.end();
    }
    return mentions;
  }

  /**
   * "Get short URL 124 At least four people were killed": a lone figure right before a count in words ("124 At least
   * four", "46 A shelling") counts nothing; text that lost its line breaks glues a page's share counters on so.
   */
  private boolean bareBeforeACount(TokenStream t, int i, Amount amount) {
    return t.isNumber(i) && amount.end() == i + 1 && t.isWord(i + 1) && mayStart(t, i + 1)
        && qualifiedAt(t, i + 1) != null;
  }

  /**
   * "Get short URL 0 214 The number of civilians killed ... has risen to 20": a figure right after a lone 0 counts
   * nothing. No count of people follows a zero; two bare figures so are a page's share and view counters glued into
   * text that lost its line breaks (Sputnik pages in FA-KES), and the second would take the sentence's harm.
   */
  private static boolean afterAZeroCounter(TokenStream t, int i) {
    return t.isNumber(i) && t.isNumber(i - 1) && t.integer(i - 1) == 0 && !t.glued(i);
  }

  // the most words "both X and Y" puts between "both" and its "and"
  private static final int CORRELATIVE_SPAN = 4;

  /**
   * "killing seven people, both militants and civilians", "both the army and the rebels": a "both" whose "and" follows
   * within a few words, with no mark between, joins two things and counts nothing ("killing both" and "both men were
   * killed" count two).
   */
  private static boolean correlative(TokenStream t, int i) {
    if (!"both".equals(t.word(i))) {
      return false;
    }
    for (int k = i + 1; k <= i + CORRELATIVE_SPAN + 1; k++) {
      if ("and".equals(t.word(k))) {
        return true;
      }
      if (!t.isWord(k) && !t.isDash(k)) {
        return false;
      }
    }
    return false;
  }

  private boolean mayStart(TokenStream t, int i) {
    // "could not confirm how many of the casualties were civilians": a question asks for a count, it states none
    return t.isNumber(i) || t.isWord(i) && lexicon.startsCount(t.word(i)) && !"how".equals(t.word(i - 1));
  }

  /** The longest count at token {@code i}: a range or an amount, with or without a qualifier before it. */
  private Amount qualifiedAt(TokenStream t, int i) {
    Amount best = plusAfter(t, EchoedFigures.after(t, OddFigures.after(t, rangeOrAmountAt(t, i))));
    // "handed over 26 detained gunmen": the verb's particle bounds nothing (particle-verbs.tsv)
    if (particles.particle(t.word(i - 1), t.word(i))) {
      return best;
    }
    for (PhraseTrie.Match<Qualifier> hit : lexicon.qualifiers.matchesAt(t, i)) {
      Amount base = EchoedFigures.after(t, OddFigures.after(t, rangeOrAmountAt(t, hit.to())));
      best = Amount.longer(best, base == null ? null : qualify(i, hit.value().effect(), base));
    }
    return best;
  }

  /** "35+ dead & 70+ wounded": a plus glued to a figure (tweets, infographics) makes the figure a lower bound. */
  private static Amount plusAfter(TokenStream t, Amount amount) {
    if (amount == null || !amount.exact() || amount.approx() || !amount.number()
        || t.charAfter(amount.end() - 1) != '+' || !t.glued(amount.end())) {
      return amount;
    }
    return new Amount(amount.start(), amount.end() + 1, amount.min(), null, false, amount.form(), false, false,
        amount.scale());
  }

  private static Amount qualify(int start, Qualifier.Effect effect, Amount base) {
    if (base.range()) {
      return effect == Qualifier.Effect.APPROX ? base.from(start, base.min(), base.max(), true) : null;
    }
    if (!base.number() || !base.exact()) {
      return null;
    }
    long n = base.min();
    return switch (effect) {
      case MIN -> base.from(start, n, null, false);
      case ABOVE -> base.from(start, n + 1, null, false);
      case MAX -> base.from(start, null, n, false);
      case BELOW -> n > 0 ? base.from(start, null, n - 1, false) : null;
      case APPROX -> base.from(start, n, n, true);
    };
  }

  private Amount rangeOrAmountAt(TokenStream t, int i) {
    Amount single = amounts.read(t, i);
    Amount best = single;
    for (RangePattern pattern : lexicon.ranges) {
      Amount low = pattern.opener().isEmpty() ? single
          : wordsAt(t, i, pattern.opener()) ? amounts.read(t, i + pattern.opener().size()) : null;
      if (low == null || !low.number() || !wordsAt(t, low.end(), pattern.joiner())) {
        continue;
      }
      Amount high = amounts.read(t, low.end() + pattern.joiner().size());
      best = Amount.longer(best, high == null ? null : range(i, low, high));
    }
    return best;
  }

  private static Amount range(int start, Amount low, Amount high) {
    if (!high.number() || !low.exact() || !high.exact()) {
      return null;
    }
    long lo = low.min();
    long hi = high.min();
    // "20 to 30 thousand": the scale after the upper end scales a bare lower end that is smaller than its figure
    if (low.scale() == 1 && high.scale() > 1 && lo < hi / high.scale()) {
      lo *= high.scale();
    }
    if (lo >= hi) {
      return null;
    }
    return new Amount(start, high.end(), lo, hi, low.approx() || high.approx(),
        CountForm.join(low.form(), high.form()), false, true, high.scale());
  }

  private static boolean wordsAt(TokenStream t, int i, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!words.get(k).equals(t.word(i + k))) {
        return false;
      }
    }
    return true;
  }

  /** The mention for an amount, or null when a bound is too large to be a count of people. */
  private CountMention mention(TokenStream t, Amount amount) {
    if (tooLarge(amount.min()) || tooLarge(amount.max())) {
      return null;
    }
    Span span = new Span(t.start(amount.start()), t.end(amount.end() - 1));
    Count count = new Count(toInt(amount.min()), toInt(amount.max()), amount.approx(), span);
    int after = pastQuote(t, amount);
    List<PhraseTrie.Match<HeadLink>> links = lexicon.headLinks.matchesAt(t, after);
    PhraseTrie.Match<HeadLink> link = links.isEmpty() ? null : links.get(0);
    int head = link == null ? after : link.to();
    int headStart = t.isWord(head) || t.isNumber(head) ? t.start(head)
        : link != null ? t.end(link.to() - 1) : span.end();
    boolean partitive = link != null && link.value().partitive();
    return new CountMention(count, span.text(t.text), amount.form(), partitive, headStart);
  }

  private static final String OPENING_QUOTES = "\"“‘'";
  private static final String CLOSING_QUOTES = "\"”’'";

  /**
   * Where the counted noun phrase may start: just after the amount, or after the closing mark of an amount quoted on
   * its own (killed "dozens" of regime soldiers: the soldiers are counted, issue 11 item 7).
   */
  private static int pastQuote(TokenStream t, Amount amount) {
    int end = amount.end();
    boolean quoted = OPENING_QUOTES.indexOf(t.charBefore(amount.start())) >= 0
        && CLOSING_QUOTES.indexOf(t.charAfter(end - 1)) >= 0;
    return quoted && end < t.size() && !t.isWord(end) && !t.isNumber(end) && t.end(end) == t.end(end - 1) + 1
        ? end + 1 : end;
  }

  private static boolean tooLarge(Long bound) {
    return bound != null && bound > Integer.MAX_VALUE;
  }

  private static Integer toInt(Long bound) {
    return bound == null ? null : bound.intValue();
  }
}
