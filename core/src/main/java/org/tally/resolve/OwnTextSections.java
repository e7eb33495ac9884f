package org.tally.resolve;

import java.util.Arrays;
import java.util.List;
import org.tally.model.Layout;
import org.tally.model.Section;

/**
 * Whether an offset lies in the document's own text (a headline or body section), found by a binary search over
 * the sections, which a layout keeps in order without overlaps: asked once per nearby place of every claim, a scan
 * of the sections grew with the document twice over.
 */
final class OwnTextSections {
  private final int[] starts;
  private final int[] ends;
  private final boolean[] own;

  OwnTextSections(Layout layout) {
    List<Section> sections = layout.sections();
    starts = new int[sections.size()];
    ends = new int[sections.size()];
    own = new boolean[sections.size()];
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      starts[i] = section.span().start();
      ends[i] = section.span().end();
      own[i] = section.kind().claimSection() != null && section.kind().claimSection().isOwnText();
    }
  }

  boolean contains(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    // the last section starting at or before the offset is the only one that can hold it
    int last = found >= 0 ? found : -found - 2;
    return last >= 0 && offset < ends[last] && own[last];
  }
}
