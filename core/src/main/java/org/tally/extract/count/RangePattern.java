package org.tally.extract.count;

import java.util.List;

/** How two amounts make a range, from ranges.tsv: "between X and Y" has opener [between] and joiner [and]. */
record RangePattern(String pattern, List<String> opener, List<String> joiner) {}
