package org.tally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.actor.ClaimantFinder;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.count.CountLexicon;
import org.tally.extract.count.CountMention;
import org.tally.extract.count.CountParser;
import org.tally.extract.count.TrailingQualifiers;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.scope.ScopeFinder;
import org.tally.extract.token.Token;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.victim.VictimWords;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Victims;
import org.tally.text.SentenceSplitter;

/**
 * The whole extraction chain: sentences → counts → people harmed → claimant, perpetrator, stance and
 * scope → one claim per assertion. Places and times come after, in {@link org.tally.resolve.ClaimResolver}. Thread-safe: all state of a document lives in one {@link Reading}.
 */
public final class ClaimExtractor {
  private final SentenceSplitter sentences;
  private final CountParser counts;
  private final CasualtyFinder casualties;
  private final ActorDictionary actors;
  // persons each document introduces as speaking for an actor ("YPG spokesman Redur Xelil")
  private final org.tally.extract.actor.NamedSpeakers speakers;
  // whom a bare attacker word means, by who says it (label-speakers.tsv)
  private final org.tally.extract.actor.SpeakerLabels speakerLabels;
  // sides that fight together (allies.tsv): one's losses are not the other's deed
  private final org.tally.extract.actor.Allies allies;
  private final Attributor attributor;
  // "the army lost 11 men": the kind of the side that lost them
  private final LosersKind losersKind;
  // "Another 22 were found" after counted bodies
  private final MoreBodies moreBodies;

  private ClaimExtractor(Lexicons rules) {
    this.sentences = SentenceSplitter.from(rules);
    this.counts = CountParser.from(rules);
    this.casualties = new CasualtyFinder(VictimWords.from(rules), HarmCues.from(rules), CountLexicon.from(rules),
        rules.file(RuleFiles.CALENDAR_WORDS), TrailingQualifiers.from(rules), NamedPeople.from(rules),
        Shares.from(rules));
    this.actors = ActorDictionary.from(rules);
    this.speakers = org.tally.extract.actor.NamedSpeakers.from(rules);
    this.speakerLabels = org.tally.extract.actor.SpeakerLabels.from(rules);
    this.allies = org.tally.extract.actor.Allies.from(rules);
    this.losersKind = LosersKind.from(rules);
    this.moreBodies = MoreBodies.from(rules);
    this.attributor = new Attributor(actors, ClaimantFinder.from(rules), PerpetratorFinder.from(rules), ScopeFinder.from(rules),
        HarmCues.from(rules), PastYears.from(rules), org.tally.extract.actor.TweetAuthors.from(rules),
        org.tally.extract.actor.FightWords.from(rules), org.tally.extract.actor.FightLosses.from(rules),
        rules.file(RuleFiles.WEEKDAYS), org.tally.extract.actor.Crossfire.from(rules),
        org.tally.extract.actor.VictimPredicates.from(rules), org.tally.extract.actor.BlameVerbs.from(rules));
  }

  /** The extractor over these lexicons, built once per lexicons: the rule files do not change while Tally runs. */
  public static ClaimExtractor from(Lexicons rules) {
    return rules.built(ClaimExtractor.class, ClaimExtractor::new);
  }

  /** The claims of a document, one per assertion, without place and time: {@code resolve} adds those. */
  public List<Claim> extract(Document doc, Layout layout) {
    return extract(doc, layout, DocumentTokens.of(doc.text()));
  }

  /** As {@link #extract(Document, Layout)}, over the tokens the document was already read into. */
  public List<Claim> extract(Document doc, Layout layout, DocumentTokens documentTokens) {
    return extract(doc, layout, documentTokens, null);
  }

  /**
   * As {@link #extract(Document, Layout, DocumentTokens)}, in a document about {@code focusCountry} (the ISO code of
   * the country most of its places lie in; null when unknown): "the interior ministry said" in a report on Mosul is
   * Iraq's ministry (stand-ins.tsv).
   */
  public List<Claim> extract(Document doc, Layout layout, DocumentTokens documentTokens, String focusCountry) {
    Reading reading = new Reading(doc, false);
    reading.focusCountry = focusCountry;
    return read(reading, layout, documentTokens);
  }

  /** The claims of a document, and why each has its perpetrator and claimant ({@code tally extract --explain}). */
  public Explained explain(Document doc, Layout layout) {
    return explain(doc, layout, null);
  }

  /** As {@link #explain(Document, Layout)}, in a document about {@code focusCountry}. */
  public Explained explain(Document doc, Layout layout, String focusCountry) {
    Reading reading = new Reading(doc, true);
    reading.focusCountry = focusCountry;
    List<Claim> claims = read(reading, layout, DocumentTokens.of(doc.text()));
    return new Explained(claims, Attributor.explanations(reading));
  }

  /**
   * "More than 100 civilians were killed in Idlib while five others were killed near the capital": a figure of
   * "others" after a figure of the same harm counts further victims, so it restates no earlier sentence's figure
   * (ClaimMerger), however equal. After another harm it may: "killing five and wounding 12 others" retells a
   * headline's "12 wounded".
   */
  private static void addedOthers(Reading reading, List<Claim> told, java.util.Set<org.tally.model.Count> others) {
    if (others.isEmpty()) {
      return;
    }
    for (Claim claim : told) {
      if (!others.contains(claim.count())) {
        continue;
      }
      // the figure told just before it: earlier in its sentence, else the last of the sentences before
      Claim before = reading.claims.isEmpty() ? null : reading.claims.get(reading.claims.size() - 1);
      int nearest = -1;
      for (Claim other : told) {
        int start = other.count().span().start();
        if (start < claim.count().span().start() && start > nearest) {
          before = other;
          nearest = start;
        }
      }
      if (before != null && before.harm() == claim.harm()) {
        reading.added.add(claim.count());
      }
    }
  }

  /** Claims, and why each has its actors, by the span of its count. */
  public record Explained(List<Claim> claims, java.util.Map<Span, org.tally.extract.actor.AttributionWhy> why) {}

  private List<Claim> read(Reading reading, Layout layout, DocumentTokens documentTokens) {
    Document doc = reading.doc;
    reading.tokens = documentTokens;
    for (Section section : layout.sections()) {
      ClaimSection claimSection = section.kind().claimSection();
      if (claimSection == null) {
        continue;
      }
      reading.startSection(section);
      for (Span sentence : sentences.split(doc.text(), section.span())) {
        List<Token> tokens = documentTokens.in(sentence);
        List<ActorMention> mentions = speakers.with(reading.speakers, tokens,
            actors.inStretch(documentTokens, documentTokens.firstFrom(sentence.start()), tokens));
        List<CountMention> found = counts.find(documentTokens, sentence);
        CasualtyFinder.Found people = casualties.find(tokens, found, reading.previousSentence,
            claimSection == ClaimSection.TITLE);
        people = losersKind.apply(tokens, mentions, people);
        people = ThemOfBefore.apply(tokens, reading.previousSentence, people);
        // "recovered 50 bodies ... Another 22 were found": more dead with no noun or harm of their own
        people = moreBodies.apply(tokens, found, reading.previousSentence, people);
        // a toll's row that names no harm of its own counts the toll its colon introduced
        java.util.Optional<ListRows.Row> row = casualties.row(tokens, found);
        if (people.casualties().isEmpty() && row.isPresent() && reading.toll != null) {
          people = casualties.findRow(tokens, found, reading.previousSentence, row.get(), reading.toll);
        }
        reading.previousSentence = people.sentence();
        List<Claim> told = attributor.attribute(reading, section.kind(), sentence, tokens, mentions, people);
        addedOthers(reading, told, people.others());
        reading.claims.addAll(told);
        reading.toll = ListRows.next(reading.toll, tokens, row.isPresent(), told, reading.toldBefore);
        reading.toldBefore = told;
        reading.vague.addAll(people.vague());
        reading.bare.addAll(people.bare());
        reading.added.addAll(people.added());
        if (ListItems.opens(doc.text(), sentence.start())) {
          for (Claim c : told) {
            reading.vague.add(c.count());
          }
        }
        reading.anaphoric.addAll(people.anaphoric());
      }
    }
    // restatements first: a sole source is a guess, and a guess is not a statement to restate
    restated(reading);
    soleSource(reading, actors);
    attributor.attributeDocument(reading, allies, speakerLabels);
    return ClaimMerger.merge(reading.claims, reading.vague::contains, reading.anaphoric::contains, reading.bare::contains,
        reading.added::contains, SeparateTellings.in(reading.doc.text()));
  }

  /** Kinds of actor that fight: one of them as a document's only source is a side's statement, not the wire's source. */
  private static final java.util.Set<String> BELLIGERENT_KINDS = java.util.Set.of("state", "military", "armed-group");

  /**
   * Wire copy that cites one source only ("…, the Syrian Observatory said") gives that source's figures in
   * its lead too: an unattributed incident claim of such a document is the source's. With two sources or
   * more, or one that is a side of the war (a side's statement is not where a wire's figures come from), or a medium
   * of no side (an agency named as the byline, "told AFP", activists), nothing is guessed.
   */
  private static void soleSource(Reading reading, ActorDictionary actors) {
    if (reading.sources.size() != 1) {
      return;
    }
    String source = reading.sources.iterator().next();
    if (actors.byId(source).map(a -> BELLIGERENT_KINDS.contains(a.kind()) || a.kind().equals("media") && a.side() == null).orElse(false)) {
      return;
    }
    for (Claim c : List.copyOf(reading.unattributed)) {
      if (c.scope() == Scope.INCIDENT && !reading.ownedByNoSource.contains(c.count().span())) {
        reading.reattribute(c, source, "the document cites one source only: its unattributed incident claims are that source's");
      }
    }
  }

  /** Below this a figure met twice in one article is too often two events ("one person was killed"). */
  private static final int RESTATED_AT_LEAST = 2;

  /**
   * A lead gives a figure bare and the body says whose it is ("At least 19 people were killed near Damascus. … At
   * least 19 civilians were killed in raids, a monitor said."), or the body restates an attributed lead bare: an
   * unattributed incident claim of the same harm and figure as the claims of one named claimant is that claimant's,
   * and so are the other unattributed claims of its sentence ("… and five others were wounded").
   */
  private static void restated(Reading reading) {
    Map<Span, String> bySentence = new HashMap<>();
    Set<Span> conflicting = new HashSet<>();
    for (Claim bare : reading.unattributed) {
      // a headline's figure joins the body's claim it summarises when claims merge
      if (bare.section() != ClaimSection.BODY || bare.scope() != Scope.INCIDENT || !exact(bare)) {
        continue;
      }
      Set<String> stating = new HashSet<>();
      for (Claim named : reading.claims) {
        if (named.section() == ClaimSection.BODY && !reading.unattributed.contains(named) && named.claimant() != null
            && !named.claimant().equals("outlet") && sameFigure(bare, named)) {
          stating.add(named.claimant());
        }
      }
      if (stating.size() == 1) {
        String claimant = stating.iterator().next();
        String before = bySentence.putIfAbsent(bare.evidence(), claimant);
        if (before != null && !before.equals(claimant)) {
          conflicting.add(bare.evidence());
        }
      }
    }
    for (Claim c : List.copyOf(reading.unattributed)) {
      String claimant = bySentence.get(c.evidence());
      // bySentence holds body sentences only, so a claim of one is a body claim
      if (claimant != null && !conflicting.contains(c.evidence()) && c.scope() == Scope.INCIDENT) {
        reading.reattribute(c, claimant, "the same figure is stated elsewhere in the document by " + claimant
            + ": a restatement is the source's, and so is the rest of its sentence");
      }
    }
  }

  /** A figure written as a number ("at least 19", "five"), not a vague word ("dozens", "a number of"). */
  private static boolean exact(Claim claim) {
    Integer min = claim.count().min();
    if (min == null || min < RESTATED_AT_LEAST) {
      return false;
    }
    return min.equals(claim.count().max()) || claim.countText() != null && claim.countText().chars().anyMatch(Character::isDigit);
  }

  /** Below this, a figure must also name the same victims to be the same ("three children", not "three people"). */
  private static final int RESTATED_LOOSELY_AT_LEAST = 5;

  private static boolean sameFigure(Claim a, Claim b) {
    if (a.harm() != b.harm() || !Objects.equals(a.count().min(), b.count().min())
        || !Objects.equals(a.count().max(), b.count().max())) {
      return false;
    }
    boolean broader = a.victims() == Victims.PEOPLE || b.victims() == Victims.PEOPLE;
    return a.victims() == b.victims() || broader && a.count().min() >= RESTATED_LOOSELY_AT_LEAST;
  }

  /** What reading one document has gathered so far: its claims and the last claimant and perpetrator named. */
  static final class Reading {
    final Document doc;
    // the document's one token stream, which every sentence is a slice of
    DocumentTokens tokens;
    final List<Claim> claims = new ArrayList<>();
    // claims no words attributed, and every source the document names with a reporting verb
    final java.util.Set<Claim> unattributed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final java.util.Set<String> sources = new java.util.LinkedHashSet<>();
    // counts of unattributed claims that no source of the document may take: their sentence has a source Tally cannot
    // name ("an official said"), or tells of an earlier year
    final Set<Span> ownedByNoSource = new HashSet<>();
    // counts written as a vague word ("many", "several"), by identity: ClaimMerger keeps those of two sentences apart
    final java.util.Set<org.tally.model.Count> vague =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    // plurals counted with no number at all ("detained suspected insurgents"), by identity: a lead's sums up its body
    final java.util.Set<org.tally.model.Count> bare =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    // figures after "another" inside their sentence ("and wounded another 20"), by identity: ClaimMerger joins none of
    // them to an earlier sentence's claim
    final java.util.Set<org.tally.model.Count> added =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    // counts after "the" ("the two associates"), by identity: ClaimMerger takes them for restatements
    final java.util.Set<org.tally.model.Count> anaphoric =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    String lastClaimant;
    String titlePerpetrator;
    // the country the document is about, where resolution has read it first: stand-ins default to its side
    String focusCountry;
    // the sentence before, in this section: "... killing them" may count the people it names
    PronounObjects.Sentence previousSentence;
    // the toll a sentence ending in a colon introduced, while its rows follow; and the claims of the sentence before
    ListRows.Toll toll;
    List<Claim> toldBefore = List.of();
    // the attacker named in the sentence just before: "Strikes hit the market. Among the dead were 22 children."
    String previousPerpetrator;
    // the attacker of the last sentence of the body paragraph before: "… was shelled by government forces. ¶ The shelling
    // also wounded 19": a paragraph that opens with "the" and a means of attack points back at it (attr18)
    String paragraphPerpetrator;
    boolean quotedSection;
    SectionKind kind;
    final AttributionMemory memory;
    // the persons the document has introduced so far as speaking for an actor
    final org.tally.extract.actor.NamedSpeakers.Known speakers = org.tally.extract.actor.NamedSpeakers.known();

    Reading(Document doc, boolean explain) {
      this.doc = doc;
      this.memory = new AttributionMemory(explain);
    }

    /** Gives an unattributed claim the claimant a later step found, and says why where explaining. */
    void reattribute(Claim claim, String claimant, String why) {
      int at = 0;
      while (claims.get(at) != claim) {
        at++;
      }
      Claim changed = claim.withClaimant(claimant);
      claims.set(at, changed);
      unattributed.remove(claim);
      if (memory.why != null) {
        memory.why.computeIfPresent(claim.count().span(), (span, before) -> before.withClaimant(claimant, why));
      }
    }

    void startSection(Section section) {
      paragraphPerpetrator = kind == SectionKind.BODY && section.kind() == SectionKind.BODY ? previousPerpetrator : null;
      kind = section.kind();
      previousPerpetrator = null;
      previousSentence = null;
      char first = doc.text().charAt(section.span().start());
      quotedSection = first == '"' || first == '“' || first == '*' || first == '>' || first == '«';
    }
  }
}
