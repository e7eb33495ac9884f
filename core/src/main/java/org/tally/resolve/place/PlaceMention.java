package org.tally.resolve.place;

import org.tally.model.Span;

/** A place named in a text: the words as written ("Raqqa province", "near the Deir ez-Zor airport") and the place. */
public record PlaceMention(Span span, Place place) {}
