package org.tally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tally.extract.actor.Actor;
import org.tally.extract.actor.AttributionWhy;
import org.tally.extract.token.Token;
import org.tally.model.Claim;
import org.tally.model.Span;

/** What attribution remembers of one document beyond the claims: kept in its {@link ClaimExtractor.Reading}. */
final class AttributionMemory {
  // sides of the actors the document names, for stand-ins; read on first need
  Set<String> sidesNamed;
  // the person last named as speaking: whom "he said" means
  String lastPerson;
  // the person last named at all: whom "he said" means when no one named has spoken yet ("Lavrov met his Turkish
  // counterpart in Sochi. … He said 30 civilians had died.")
  String lastPersonNamed;
  // the attacker carried past a sentence that told more of its attack without naming a side: it goes on only to the
  // people one attack kills ("Another five civilians were killed"), not to a period's toll nor to fighters' losses
  String bridged;
  // the claimant of the report in progress: follow-on sentences without words of their own are its
  String carried;
  String carriedRule;
  // claims of the sentences just read that no words gave an attacker: the next sentence may name who made the attack
  // ("… killed 35 people. It was not clear whether the raids were carried out by Syrian or Russian jets.")
  final List<Claim> unblamed = new ArrayList<>();
  // whether they have waited past one aside already (a quote naming no side and no attack: NamedAfter, attr28)
  boolean unblamedWaited;
  // whether the quotation such an aside opened runs on past its sentence: its next sentences are the same aside (attr29)
  boolean quoteOpen;
  // for each claim without an attacker, by its count's span: the side its people belong to, and its sentence's tokens
  final Map<Span, Unblamed> unblamedFacts = new HashMap<>();
  // the counts of claims the outlet gave bare in the sentences just read: the next sentence may name their source
  // ("Seventeen civilians were killed in raids on a market. The Observatory said the strikes were Russian.")
  final List<Span> awaitingSource = new ArrayList<>();
  // the armed groups that say they made an attack the article tells ("Nusra Front claimed responsibility"), with the
  // rule that said so, and the sentences of the claims of an attack that no words, or only a label, gave an attacker
  final Map<String, String> owners = new java.util.LinkedHashMap<>();
  final Map<Span, List<Token>> attacksUnowned = new HashMap<>();
  // attackers dropped where the sentence told a bomb they could not have set off: the document's unattributed dead
  // may be that bomb's, so they are not the sole attacker's
  final Set<String> unfitForABomb = new java.util.HashSet<>(0);
  // the counts of background sentences (an earlier year, a month's or "Last year" opener): their attackers made
  // other attacks than the article's, so none of them is the document's sole attacker (attr16)
  final Set<Span> pastCounts = new java.util.HashSet<>(0);
  // the fighting sides whose people each attacker killed, as the counts name them: whom the document's one attacker
  // fought, who killed its own dead ("SDF fighters killed a dozen Daesh mercenaries … Two SDF fighters were
  // martyred in the clashes") (attr20)
  final Map<String, Set<String>> slainSides = new HashMap<>();
  // the attackers that sentences without a count name ("IS launched a counter-attack on the SDF's positions"): a
  // side of the fight whose dead the other side's counts give (attr21)
  final Set<String> attackersWithoutCount = new java.util.LinkedHashSet<>(2);
  // the sides of the people of the sentence's count before, unblamed: "three others" after it are of them (attr20)
  List<Actor> sidesBefore = List.of();
  // the actor last named of each kind (actors.tsv), in the sentences read so far: whom "the group said" means when no
  // claimant has been named before ("Three workers of the White Helmets were killed. … the group said")
  final Map<String, String> lastOfKind = new HashMap<>();
  // the order of the last naming of each kind, so that of several kinds the one named last is meant
  final Map<String, Integer> lastOfKindAt = new HashMap<>();
  // the armed group named before the one named last, where they differ: whom "the jihadists" mean in a sentence whose
  // only group, the one named last, is among the dead ("Nine SDF fighters were killed as the jihadists overran"; attr25)
  String armedGroupBefore;
  int namings;
  // the claimant last named by a name ending in each noun ("a military source", "a local official"): whom "the
  // source said" and "the official added" mean, though another claimant was named since (attr18)
  final Map<String, String> lastByNoun = new HashMap<>();
  // the claimant last named in a sentence that quotes it: whose words a later quotation with no speaker goes on with
  // ("…" said the Observatory. … In the west "eight civilians were killed …" held by rebels.)
  String lastQuoted;
  // why each claim, by its count's span, has its actors; null unless explaining
  final Map<Span, AttributionWhy> why;

  AttributionMemory(boolean explain) {
    this.why = explain ? new HashMap<>() : null;
  }
}
