package org.tally.facts;

import java.time.LocalDate;
import org.tally.model.Span;

/** A publication date and where in the text it was read; the span is null when it came from metadata. */
record DatedEvidence(LocalDate date, Span span) {}
