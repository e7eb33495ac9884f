package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Harm;

/**
 * Issue 10: input of any length is read with a stack whose depth does not grow with it. The analysis runs on a
 * thread with a small stack, so a recursion per number or per word would overflow it here.
 */
class LongInputTest {
  private static final long SMALL_STACK = 512 * 1024;

  @Test
  void oneHundredThousandNumbersInOneSentenceAreAnalysedWithASmallStack() throws InterruptedException {
    StringJoiner numbers = new StringJoiner(", ");
    for (int n = 1; n <= 100_000; n++) {
      numbers.add(Integer.toString(n));
    }
    String text = "Air strikes on Homs killed " + numbers + " civilians on Monday.\n";
    Analyser analyser = Analyser.from(Lexicons.bundled());

    Analysis analysis = onSmallStack(() -> analyser.analyse(new Document("numbers", "numbers.txt", text, null)));

    assertThat(analysis.claims()).isNotEmpty();
    for (Claim claim : analysis.claims()) {
      // each claim is a killing whose figure is one the sentence gives, read where the text gives it
      assertThat(claim.harm()).isEqualTo(Harm.KILLED);
      String written = text.substring(claim.count().span().start(), claim.count().span().end());
      assertThat(written).isEqualTo(claim.countText());
      assertThat(claim.count().min()).isBetween(1, 100_000).isEqualTo(Integer.parseInt(written));
      assertThat(claim.evidence().start()).isLessThanOrEqualTo(claim.count().span().start());
      assertThat(claim.evidence().end()).isGreaterThanOrEqualTo(claim.count().span().end());
    }
    assertThat(analysis.claims().get(0).location().name()).isEqualTo("Homs");
  }

  private static Analysis onSmallStack(java.util.function.Supplier<Analysis> work) throws InterruptedException {
    AtomicReference<Analysis> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "small-stack", SMALL_STACK);
    thread.start();
    thread.join();
    assertThat(failure.get()).as("failure on a %d KB stack", SMALL_STACK / 1024).isNull();
    return result.get();
  }
}
