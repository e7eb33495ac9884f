package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Tokenizer;
import org.tally.extract.victim.VictimWords;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;
import org.tally.model.Span;

/** Each row's example sentence, run through the extractor, gives what the row says. */
class RuleExamplesTest {
  private static final ActorDictionary ACTORS = ActorDictionary.from(Lexicons.bundled());

  static Stream<RuleRow> harmCues() {
    return Lexicons.bundled().file(RuleFiles.named("harm-cues.tsv")).rows().stream();
  }

  static Stream<RuleRow> victimWords() {
    return Lexicons.bundled().file(RuleFiles.named("victim-words.tsv")).rows().stream();
  }

  static Stream<RuleRow> actorNames() {
    return Lexicons.bundled().file(RuleFiles.named("actor-names.tsv")).rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("harmCues")
  void harmCueExampleGivesItsHarm(RuleRow row) {
    List<Claim> claims = claims(row.get("example"));
    assertThat(claims).as(row.get("example")).extracting(c -> c.harm().jsonName()).contains(row.get("harm"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("victimWords")
  void victimWordExampleGivesItsVictims(RuleRow row) {
    List<Claim> claims = claims(row.get("example"));
    assertThat(claims).as(row.get("example")).extracting(c -> c.victims().jsonName())
        .contains(row.get("victims").toLowerCase(Locale.ROOT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actorNames")
  void actorNameExampleNamesItsActor(RuleRow row) {
    String example = row.get("example");
    assertThat(ACTORS.find(Tokenizer.tokens(example, new Span(0, example.length()))))
        .as(example).extracting(m -> m.actor().id()).contains(row.get("actor"));
  }
}
