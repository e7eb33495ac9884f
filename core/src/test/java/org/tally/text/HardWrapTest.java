package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.model.Span;

class HardWrapTest {
  private static boolean wrapped(String text) {
    return HardWrap.isWrapped(text, new Span(0, text.length()));
  }

  @Test
  void wireCopyBrokenAtAFixedWidthIsWrapped() {
    String text = "BEIRUT - At least 12 people were killed on Tuesday when an air strike hit\n"
        + "a market in the town of Maarat al-Numan in the north-west of the country,\n"
        + "a monitoring group said, adding that the toll was expected to rise as\n"
        + "rescue workers searched the rubble.\n";
    assertThat(wrapped(text)).isTrue();
  }

  @Test
  void paragraphsEndingInFullStopsAreNotWrapped() {
    String text = "At least 12 people were killed on Tuesday when an air strike hit a market.\n"
        + "The monitoring group said the toll was expected to rise in the coming hours.\n"
        + "Rescue workers searched the rubble of the market through the night.\n";
    assertThat(wrapped(text)).isFalse();
  }

  @Test
  void outerSpacesOfALineDoNotCountTowardsItsWidthOrItsLastMark() {
    String padded = "   a market in the town of Maarat al-Numan said on Tuesday.        \n";
    String text = padded.repeat(4);
    assertThat(wrapped(text)).isFalse();
    String shortLines = "  killed on Tuesday when                                    \n".repeat(4);
    assertThat(wrapped(shortLines)).isFalse();
  }
}
