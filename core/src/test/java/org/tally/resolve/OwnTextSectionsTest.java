package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/** The binary search answers what a scan of the layout's sections answers, for every offset. */
class OwnTextSectionsTest {
  @Test
  void agreesWithTheLayoutsOwnLookupOnRandomLayouts() {
    Random random = new Random(5);
    for (int round = 0; round < 500; round++) {
      List<Section> sections = new ArrayList<>();
      int at = random.nextInt(3);
      for (int n = random.nextInt(8); n > 0; n--) {
        int start = at + random.nextInt(3);
        int end = start + 1 + random.nextInt(6);
        sections.add(new Section(SectionKind.values()[random.nextInt(SectionKind.values().length)], start, end));
        at = end;
      }
      Layout layout = new Layout(sections);
      OwnTextSections own = new OwnTextSections(layout);
      for (int offset = -1; offset <= at + 2; offset++) {
        boolean scanned = layout.at(offset)
            .map(s -> s.kind().claimSection() != null && s.kind().claimSection().isOwnText()).orElse(false);
        assertThat(own.contains(offset)).as("%s at %d", sections, offset).isEqualTo(scanned);
      }
    }
  }
}
