package org.tally.extract.scope;

import java.util.List;
import java.util.Locale;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Scope;

/** Reads a claim's scope from the cue words of scope-cues.tsv in its sentence; the broadest wins. */
public final class ScopeFinder {
  private final PhraseTrie<Scope> cues = new PhraseTrie<>();

  private ScopeFinder() {}

  public static ScopeFinder standard() {
    ScopeFinder finder = new ScopeFinder();
    for (RuleRow row : RuleFile.load(ScopeFinder.class, "scope-cues.tsv").rows()) {
      try {
        finder.cues.add(row.get("phrase"), Scope.valueOf(row.get("scope").toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw row.error("scope", "\"" + row.get("scope") + "\" is not incident, aggregate or cumulative");
      }
    }
    return finder;
  }

  /** The scope the tokens {@code [from, to)} give; tokens inside {@code skip} (the counts) are not cues. */
  public Scope find(List<Token> tokens, int from, int to, List<int[]> skip) {
    Scope scope = Scope.INCIDENT;
    List<Token> window = tokens.subList(from, to);
    for (PhraseTrie.Match<Scope> match : cues.findAll(window)) {
      int at = from + match.from();
      boolean inCount = skip.stream().anyMatch(r -> at >= r[0] && at < r[1]);
      if (!inCount && match.value().ordinal() > scope.ordinal()) {
        scope = match.value();
      }
    }
    return scope;
  }
}
