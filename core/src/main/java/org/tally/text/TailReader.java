package org.tally.text;

import java.util.ArrayList;
import java.util.List;
import org.tally.model.SectionKind;

/**
 * Reads what follows an article's last running-text paragraph: footers that only count there (a
 * bold site name) and runs of two or more headline-shaped lines, which are teasers for other articles; a report's
 * closing fields ("Casualties: 4 killed, 6 wounded", "Perpetrator: ISIS") are its own text, whatever their shape.
 */
final class TailReader {
  private static final int MIN_TEASER_RUN = 2;

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
    for (int i = lastProse + 1; i < kinds.size(); i++) {
      if (kinds.markup(i)) {
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
    }
    markTeasers(kinds, run);
  }

  private static void markTeasers(LineKinds kinds, List<Integer> run) {
    if (run.size() >= MIN_TEASER_RUN) {
      run.forEach(i -> kinds.mark(i, SectionKind.RELATED));
    }
  }
}
