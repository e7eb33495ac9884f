package org.tally.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/** docs/claims.md: offsets count code points, as Python does, also after an emoji (two UTF-16 units in Java). */
class CodePointOffsetsTest {
  @Test
  @SuppressWarnings("unchecked")
  void offsetsAfterAnEmojiCountItAsOneCharacter() {
    String text = "\uD83D\uDE00 16 people were killed.";
    int count = text.indexOf("16");  // 3 in Java, 2 in Python
    Claim claim = new Claim("d", Harm.KILLED, Victims.PEOPLE, Count.exactly(16, false, new Span(count, count + 2)),
        "16", null, "outlet", null, null, Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY,
        new Span(count, text.length()));
    Map<String, Object> evidence = (Map<String, Object>) ClaimRecord.of(claim, text).get("evidence");
    assertThat(evidence).containsEntry("count_start", 2).containsEntry("count_end", 4)
        .containsEntry("start", 2).containsEntry("end", text.codePointCount(0, text.length()));
  }
}
