package org.tally.extract.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/** Canonical actors (actors.tsv) and the names that denote them (actor-names.tsv), with user overrides. */
public final class ActorDictionary {
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final PhraseTrie<Named> names = new PhraseTrie<>();

  private record Named(Actor actor, boolean canClaim) {}

  private ActorDictionary() {}

  /** The dictionary of these lexicons: a user's names file ({@code --actors}) is already layered into them. */
  public static ActorDictionary from(Lexicons rules) {
    return rules.built(ActorDictionary.class, r -> build(r.file(RuleFiles.ACTORS), r.file(RuleFiles.ACTOR_NAMES)));
  }

  private static ActorDictionary build(RuleFile actorFile, RuleFile nameFile) {
    ActorDictionary dictionary = new ActorDictionary();
    for (RuleRow row : actorFile.rows()) {
      String id = row.get("id");
      dictionary.actors.put(id, new Actor(id, row.get("name"), row.get("kind"), row.optional("side").orElse(null)));
    }
    for (RuleRow row : nameFile.rows()) {
      String name = row.get("name");
      String id = row.get("actor");
      // a user's names file may bring actors the bundled list lacks
      Actor actor = dictionary.actors.computeIfAbsent(id, k -> new Actor(k, name, "other", null));
      boolean caseSensitive = name.length() <= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
      String role = row.get("role");
      if (!role.isEmpty() && !role.equals("perpetrator")) {
        throw row.error("role", "\"" + role + "\" is not a role; leave it blank or write perpetrator");
      }
      dictionary.names.add(name, new Named(actor, role.isEmpty()), caseSensitive);
    }
    return dictionary;
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** Every actor named in the tokens, longest names first, left to right. */
  public List<ActorMention> find(List<Token> tokens) {
    return names.findAll(tokens).stream()
        .map(m -> new ActorMention(m.value().actor(), m.from(), m.to(), m.value().canClaim())).toList();
  }
}
