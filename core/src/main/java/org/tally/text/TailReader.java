package org.tally.text;

import java.util.ArrayList;
import java.util.List;
import org.tally.model.SectionKind;

/**
 * Reads what follows an article's last running-text paragraph: footers that only count there (a
 * bold site name) and runs of two or more headline-shaped lines, which are teasers for other articles; a report's
 * closing fields ("Casualties: 4 killed, 6 wounded", "Perpetrator: ISIS") are its own text, whatever their shape, and
 * so are the lines of a list its own text introduces with a colon ("The source gave the following toll:" then "- Bab
 * Touma: four civilians killed"): teasers follow a page's furniture, not a sentence of the article that announces them.
 */
final class TailReader {
  private static final int MIN_TEASER_RUN = 2;
  // an introducer is a clause, not a label such as "Related:" or "Read more:"
  private static final int MIN_INTRODUCER_WORDS = 4;

  private final CueList boilerplate;
  private final CueList fields;

  TailReader(CueList boilerplate, CueList fields) {
    this.boilerplate = boilerplate;
    this.fields = fields;
  }

  void read(LineKinds kinds) {
    int lastProse = -1;
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.open(i) && LineText.isProse(kinds.line(i).raw())) {
        lastProse = i;
      }
    }
    if (lastProse < 0) {
      return;
    }
    List<Integer> run = new ArrayList<>();
    boolean introduced = introduces(kinds.line(lastProse).raw());
    for (int i = lastProse + 1; i < kinds.size(); i++) {
      if (kinds.markup(i)) {
        continue;
      }
      if (introduced && kinds.open(i) && LineText.isHeadlineLike(kinds.line(i).raw())) {
        continue;
      }
      if (kinds.open(i) && boilerplate.first(kinds.line(i), CueList.Scope.TAIL).isPresent()) {
        kinds.mark(i, SectionKind.BOILERPLATE);
      }
      if (kinds.open(i) && LineText.isHeadlineLike(kinds.line(i).raw())
          && fields.first(kinds.line(i), CueList.Scope.TAIL).isEmpty()) {
        run.add(i);
        continue;
      }
      markTeasers(kinds, run);
      run.clear();
      introduced = kinds.open(i) && introduces(kinds.line(i).raw());
    }
    markTeasers(kinds, run);
  }

  /** A clause that ends with a colon announces the list below it ("The toll is distributed as follows:"). */
  private static boolean introduces(String raw) {
    String text = LineText.stripMarkup(raw);
    return text.endsWith(":") && LineText.hasWords(text, MIN_INTRODUCER_WORDS);
  }

  private static void markTeasers(LineKinds kinds, List<Integer> run) {
    if (run.size() >= MIN_TEASER_RUN) {
      run.forEach(i -> kinds.mark(i, SectionKind.RELATED));
    }
  }
}
