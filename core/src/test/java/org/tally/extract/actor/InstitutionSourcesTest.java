package org.tally.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/** Issue 12, claimant 2: a speaker of an institution names the actor the institution speaks for, over its words. */
class InstitutionSourcesTest {
  private static final ActorDictionary ACTORS = ActorDictionary.from(Lexicons.bundled());

  /** The actor and words of the first mention of the text, as "actor: words". */
  private static String first(String text) {
    List<Token> tokens = Tokenizer.tokens(text, new Span(0, text.length()));
    List<ActorMention> found = ACTORS.find(tokens);
    if (found.isEmpty()) {
      return "-";
    }
    ActorMention m = found.get(0);
    return m.actor().id() + ": " + text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("A source at Hama Governorate said 4 people died.", "government-source: source at Hama Governorate"),
        Arguments.of("Officials at the Tartous governorate said 4 people died.", "government-source: Officials at the Tartous governorate"),
        Arguments.of("The director of a clinic in the north said 4 people died.", "local-sources: director of a clinic"),
        Arguments.of("A source at Homs Police Command told the agency 4 people died.", "government-source: source at Homs Police"),
        Arguments.of("A spokesman at the Al-Rahma hospital said 4 people died.", "local-sources: spokesman at the Al-Rahma hospital"),
        // near misses: no institution, a clause between, a place that is no institution
        Arguments.of("A source at the scene said 4 people died in the hospital.", "-"),
        Arguments.of("Officials in Homs said the hospital was hit.", "-"),
        Arguments.of("A source in Aleppo said 4 people died.", "-"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSpeakerSpeaksForTheInstitution(String text, String expected) {
    assertThat(first(text)).isEqualTo(expected);
  }
}
