package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/**
 * Canonical actors (actors.tsv), the names that denote them (actor-names.tsv), with user overrides, and the stand-ins
 * (stand-ins.tsv) that mean whichever of several actors the document names.
 */
public final class ActorDictionary {
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final PhraseTrie<Named> names = new PhraseTrie<>();
  private final Map<String, StandIn> standIns = new LinkedHashMap<>();
  private InstitutionSources institutions;
  private NamedBodies bodies;

  /** {@code label}: a word for fighters of any side ("terrorists") that a group named beside it makes specific. */
  private record Named(Actor actor, boolean canClaim, boolean person, boolean label, RuleRow row) {}

  /** Words between a label and the group it is of: "terrorists of the so-called Jaish al-Islam". */
  private static final Set<String> LABEL_LINKS = Set.of("of", "from", "the", "so-called");
  private static final int LABEL_LINK_REACH = 3;

  /**
   * A stand-in id, the actors it may mean (in the file's order) and what it means when the document names none.
   *
   * @param inFocus the actor meant in a document about each country (ISO code), where it names none of {@code means}
   */
  private record StandIn(List<String> means, String fallback, Map<String, String> inFocus, RuleRow row) {}

  private ActorDictionary() {}

  /** The dictionary of these lexicons: a user's names file ({@code --actors}) is already layered into them. */
  public static ActorDictionary from(Lexicons rules) {
    return rules.built(ActorDictionary.class,
        r -> build(r.file(RuleFiles.ACTORS), r.file(RuleFiles.ACTOR_NAMES), r.file(RuleFiles.STAND_INS),
            r.file(RuleFiles.INSTITUTION_SOURCES), r.file(RuleFiles.BODY_HEADS)));
  }

  private static ActorDictionary build(RuleFile actorFile, RuleFile nameFile, RuleFile standInFile, RuleFile institutionFile,
      RuleFile bodyFile) {
    ActorDictionary dictionary = new ActorDictionary();
    dictionary.institutions = new InstitutionSources(institutionFile);
    dictionary.bodies = new NamedBodies(bodyFile);
    for (RuleRow row : actorFile.rows()) {
      String id = row.get("id");
      dictionary.actors.put(id, new Actor(id, row.get("name"), row.get("kind"), row.optional("side").orElse(null)));
    }
    List<Runnable> written = new ArrayList<>();
    for (RuleRow row : nameFile.rows()) {
      String name = row.get("name");
      String id = row.get("actor");
      // a user's names file may bring actors the bundled list lacks
      Actor actor = dictionary.actors.computeIfAbsent(id, k -> new Actor(k, name, "other", null));
      boolean caseSensitive = name.length() <= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
      String role = row.get("role");
      if (!role.isEmpty() && !role.equals("perpetrator") && !role.equals("person") && !role.equals("label")) {
        throw row.error("role", "\"" + role + "\" is not a role; leave it blank or write perpetrator, person or label");
      }
      boolean label = role.equals("label");
      Named named = new Named(actor, !role.equals("perpetrator") && !label, role.equals("person"), label, row);
      for (String variant : NameVariants.of(name)) {
        dictionary.names.add(variant, named);
      }
      // names as written go in after every variant, so that a variant never hides a listed name
      written.add(() -> dictionary.names.add(name, named, caseSensitive));
    }
    written.forEach(Runnable::run);
    for (RuleRow row : standInFile.rows()) {
      List<String> means = List.of(row.get("means").split("\\s*,\\s*"));
      Map<String, String> inFocus = new LinkedHashMap<>();
      for (String pair : row.optional("in_focus").map(v -> v.split(",")).orElse(new String[0])) {
        String[] parts = pair.split("=");
        inFocus.put(parts[0].strip(), parts[1].strip());
      }
      dictionary.standIns.put(row.get("stand_in"),
          new StandIn(means, row.optional("default").orElse(null), Map.copyOf(inFocus), row));
    }
    return dictionary;
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** Every actor named in the tokens, longest names first, left to right; a speaker of an institution over its words. */
  public List<ActorMention> find(List<Token> tokens) {
    List<PhraseTrie.Match<Named>> found = names.findAll(tokens);
    List<ActorMention> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      PhraseTrie.Match<Named> m = found.get(i);
      PhraseTrie.Match<Named> next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (next != null && !m.value().label() && next.value().label() && next.from() == m.to()) {
        // "the ISIS terrorist organization", "Jaish al-Islam terrorists": the group, over the words of both
        out.add(mention(m, m.from(), next.to(), tokens).withLabelFrom(next.from()));
        i++;
      } else if (next != null && m.value().label() && !next.value().label() && linked(tokens, m.to(), next.from())) {
        // "terrorists of the so-called Jaish al-Islam"
        out.add(mention(next, m.from(), next.to(), tokens));
        i++;
      } else {
        out.add(mention(m, m.from(), m.to(), tokens));
      }
    }
    // "a source at Aleppo Governorate said": the speaker of an institution, over the names inside its words
    // "the Horan Free Gathering said": a body the dictionary lacks, by its name's head word
    return bodies.find(tokens, institutions.find(tokens, out, actors), actors);
  }

  /** The named actor over tokens {@code [from, to)}: its own words, and a label's beside them. */
  private static ActorMention mention(PhraseTrie.Match<Named> m, int from, int to, List<Token> tokens) {
    Named named = m.value();
    return new ActorMention(named.actor(), from, to, named.canClaim(), named.person(), Rule.of(named.row(), tokens, from, to));
  }

  private static boolean linked(List<Token> tokens, int from, int to) {
    if (to - from < 1 || to - from > LABEL_LINK_REACH || !(tokens.get(from).is("of") || tokens.get(from).is("from"))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!LABEL_LINKS.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  /** True when the id stands for another actor the document names ("the coalition"). */
  public boolean isStandIn(String id) {
    return standIns.containsKey(id);
  }

  /**
   * What a stand-in means in a document that names these actors and sides ({@link #sidesNamed}): the first of its
   * actors, in the file's order, that the document names; else the first whose side it names; else its default; else
   * the stand-in itself. Other ids stay as they are.
   */
  public Resolved resolve(String id, Set<String> sidesNamed) {
    return resolve(id, sidesNamed, null);
  }

  /**
   * As {@link #resolve(String, Set)}, where the document names none of a stand-in's actors or sides, in a document
   * about {@code focusCountry} (ISO code; null when unknown): the actor the stand-in's "in_focus" gives for it.
   */
  public Resolved resolve(String id, Set<String> sidesNamed, String focusCountry) {
    StandIn standIn = standIns.get(id);
    if (standIn == null) {
      return new Resolved(id, null);
    }
    for (String meant : standIn.means()) {
      if (sidesNamed.contains(meant)) {
        return new Resolved(meant, Rule.of(standIn.row(), id + " → " + meant + ", whom the document names"));
      }
    }
    for (String meant : standIn.means()) {
      Actor actor = actors.get(meant);
      if (actor != null && actor.side() != null && sidesNamed.contains(actor.side())) {
        return new Resolved(meant, Rule.of(standIn.row(), id + " → " + meant + ", whose side the document names"));
      }
    }
    // "*": a document about a country the row lists no actor for (a Somali army release) keeps the stand-in, whose
    // default is the bundled corpus's war and would name the wrong country's government
    String focused = focusCountry == null ? null
        : standIn.inFocus().getOrDefault(focusCountry, standIn.inFocus().get("*"));
    if (focused != null) {
      return new Resolved(focused, Rule.of(standIn.row(), id + " → " + focused + ", in a document about " + focusCountry
          + " that names none of " + String.join(", ", standIn.means())));
    }
    String fallback = standIn.fallback() != null ? standIn.fallback() : id;
    return new Resolved(fallback, Rule.of(standIn.row(), id + " → " + fallback + ", the document names none of "
        + String.join(", ", standIn.means())));
  }

  /** An id after stand-in resolution, and the stand-ins.tsv row that resolved it (null when it was no stand-in). */
  public record Resolved(String id, Rule rule) {}

  /** Every actor the whole document names, read once per document whichever stage asks first. */
  public List<ActorMention> inDocument(DocumentTokens document) {
    return document.once(this, () -> find(document.in(new Span(0, document.text().length()))));
  }

  /**
   * The actors named in tokens {@code [from, from + stretch.size())} of the document, in the stretch's own indices: the
   * document's reading cut to the stretch. Where a name the document's reading found runs over the stretch's edge,
   * the stretch is read alone, as it always was.
   */
  public List<ActorMention> inStretch(DocumentTokens document, int from, List<Token> stretch) {
    List<ActorMention> all = inDocument(document);
    int to = from + stretch.size();
    int lo = 0;
    int hi = all.size();
    while (lo < hi) { // the first mention ending after the stretch's start: mentions are in text order and never overlap
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).to() <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<ActorMention> out = new ArrayList<>();
    for (int i = lo; i < all.size() && all.get(i).from() < to; i++) {
      ActorMention m = all.get(i);
      if (m.from() < from || m.to() > to) {
        return find(stretch);
      }
      out.add(new ActorMention(m.actor(), m.from() - from, m.to() - from, m.canClaim(), m.person(), m.rule(),
          m.labelFrom() - from));
    }
    return out;
  }

  /** Every actor the document names and its side, stand-ins left out. */
  public Set<String> sidesNamed(DocumentTokens document) {
    Set<String> sides = new java.util.HashSet<>();
    for (ActorMention m : inDocument(document)) {
      if (!isStandIn(m.actor().id())) {
        sides.add(m.actor().id());
        if (m.actor().side() != null) {
          sides.add(m.actor().side());
        }
      }
    }
    return sides;
  }
}
