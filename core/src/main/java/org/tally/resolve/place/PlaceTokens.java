package org.tally.resolve.place;

import java.util.ArrayList;
import java.util.List;
import org.tally.extract.token.Token;
import org.tally.model.Span;

/**
 * The tokens of a stretch of a document, as a window on its {@link PlaceReading}: indices count from the window's
 * first token, and nothing outside the window is seen.
 */
final class PlaceTokens {
  private final PlaceReading doc;
  private final int offset;
  private final int size;

  PlaceTokens(PlaceReading doc, Span range) {
    this.doc = doc;
    this.offset = doc.tokens().firstFrom(range.start());
    this.size = Math.max(0, doc.tokens().endBy(offset, range.end()) - offset);
  }

  String text() {
    return doc.text();
  }

  int size() {
    return size;
  }

  Token get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i + " outside " + size + " tokens");
    }
    return doc.get(offset + i);
  }

  /** The lower-cased word at {@code i}, or "" outside the list. */
  String lower(int i) {
    return i >= 0 && i < size ? doc.get(offset + i).lower() : "";
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && doc.get(offset + i).isWord();
  }

  /** True when most of the window's longer words are capitalised, as a headline's are ({@link PlaceReading#titleCase}). */
  boolean titleCase() {
    return doc.titleCase(offset, offset + size);
  }

  /** The index of the token starting at {@code offset} in the text, or -1. */
  int indexAt(int at) {
    int i = doc.tokens().firstFrom(at) - offset;
    return i >= 0 && i < size && get(i).start() == at ? i : -1;
  }

  /** The names that start at token {@code i} and end inside the window, longest first. */
  List<NameMatch> namesAt(int i) {
    List<NameMatch> all = doc.namesAt(offset + i);
    if (all.isEmpty()) {
      return all;
    }
    List<NameMatch> out = new ArrayList<>(all.size());
    for (NameMatch match : all) {
      if (match.to() - offset <= size) {
        out.add(new NameMatch(match.from() - offset, match.to() - offset, match.entries(), match.handKept(),
            match.articleDropped()));
      }
    }
    return out;
  }

  /** True when a line break or sentence punctuation lies between token {@code i - 1} and {@code i}. */
  boolean startsSentence(int i) {
    if (i == 0) {
      return true;
    }
    Token before = get(i - 1);
    if (!before.isWord() && ".!?:;\"“”()[]|—–-".indexOf(before.text().charAt(0)) >= 0) {
      return true;
    }
    return doc.text().substring(before.end(), get(i).start()).indexOf('\n') >= 0;
  }

  Span span(int from, int to) {
    return new Span(get(from).start(), get(to - 1).end());
  }
}
