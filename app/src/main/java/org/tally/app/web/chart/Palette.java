package org.tally.app.web.chart;

/** The chart colours, told apart by readers with the common colour-vision deficiencies (Okabe and Ito's set). */
final class Palette {
  static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
      "#999999"};

  private Palette() {}

  static String colour(int i) {
    return COLOURS[Math.min(i, COLOURS.length - 1)];
  }
}
