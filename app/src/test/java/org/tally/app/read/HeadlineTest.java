package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {
  @Test
  void titleGoesBeforeTheTextAsPrinted() {
    assertThat(Headline.withTitle("Raid on market", "Nine people were killed."))
        .isEqualTo("Raid on market\n\nNine people were killed.");
  }

  @Test
  void textThatOpensWithItsTitleAfterADatelineIsLeftAlone() {
    String text = "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a suspected attack";
    assertThat(Headline.withTitle("Syria attack symptoms consistent with nerve agent use: WHO", text)).isEqualTo(text);
  }

  @Test
  void noTitleNoChange() {
    assertThat(Headline.withTitle(null, "Nine people were killed.")).isEqualTo("Nine people were killed.");
  }
}
