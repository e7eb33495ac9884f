package org.tally.text;

import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.SectionKind;

/**
 * Cuts a document into sections (title, datelines, body paragraphs, and the parts that are not
 * the article's own text: teasers, comments, navigation, boilerplate, credits). Offsets point into
 * {@link Document#text()}, which is never rewritten. Cue phrases live in the *-cues.tsv files.
 */
public final class TextCleaner {
  private final CueList comments;
  private final CueList navigation;
  private final CueList boilerplate;
  private final CueList credits;
  private final CueList related;
  private final HeadReader head;
  private final TailReader tail;

  private TextCleaner(CueList comments, CueList navigation, CueList boilerplate, CueList credits,
      CueList related, CueList fields, DateReader dates) {
    this.comments = comments;
    this.navigation = navigation;
    this.boilerplate = boilerplate;
    this.credits = credits;
    this.related = related;
    this.head = new HeadReader(dates);
    this.tail = new TailReader(boilerplate, fields);
  }

  /** The cleaner over these lexicons' cue files, built once per lexicons. */
  public static TextCleaner from(Lexicons rules) {
    return rules.built(TextCleaner.class, r -> new TextCleaner(
        CueList.load(r.file(RuleFiles.COMMENT_CUES)),
        CueList.load(r.file(RuleFiles.NAVIGATION_CUES)),
        CueList.load(r.file(RuleFiles.BOILERPLATE_CUES)),
        CueList.load(r.file(RuleFiles.CREDIT_CUES)),
        CueList.load(r.file(RuleFiles.RELATED_CUES)),
        CueList.load(r.file(RuleFiles.FIELD_CUES)),
        DateReader.from(r)));
  }

  public Layout clean(Document doc) {
    String text = doc.text();
    LineKinds kinds = new LineKinds(Line.split(text));
    markByCues(kinds);
    markGlued(kinds);
    head.read(text, kinds);
    tail.read(kinds);
    return new Layout(new SectionBuilder(text).build(kinds));
  }

  /**
   * "… 43 Topic Violence Erupts as Islamic State Rises (1881) Related Syrian Forces Deny Killing Dozens …": a page's
   * share counters and teasers glued to the article's text where it lost its line breaks are cut from the line.
   */
  private void markGlued(LineKinds kinds) {
    for (int i = 0; i < kinds.size(); i++) {
      if (!kinds.open(i)) {
        continue;
      }
      int at = related.gluedAt(kinds.line(i));
      if (at > 0) {
        kinds.splitGlued(i, kinds.line(i).span().start() + at);
      }
      // "... weapons program. Sputnik Dmitriy Vinogradov Syrian Airstrikes Kill Over 100 Daesh Fighters in Hama Province
      // WASHINGTON (Sputnik) The coalition has killed ...": a photo credit and the headline of another article, set
      // into the paragraph; an inset that starts the line or runs into glued teasers is left to the line's own kind
      int start = kinds.line(i).span().start();
      for (int[] inset : related.insets(kinds.line(i))) {
        if (inset[0] > 0 && (at <= 0 || inset[1] < at)) {
          kinds.addInset(i, new org.tally.model.Span(start + inset[0], start + inset[1]));
        }
      }
    }
  }

  private void markByCues(LineKinds kinds) {
    boolean proseSeen = false;
    for (int i = 0; i < kinds.size(); i++) {
      Line line = kinds.line(i);
      if (LineText.isMarkupOnly(line.raw()) || line.norm().isEmpty()) {
        kinds.markMarkup(i);
        continue;
      }
      // A comment cue above the article's first running text marks only its own line: a widget
      // at the top of a page must not turn the whole article into comments.
      if (proseSeen && comments.first(line, CueList.Scope.REST).isPresent()) {
        for (int j = i; j < kinds.size(); j++) {
          kinds.mark(j, SectionKind.COMMENT);
        }
        return;
      }
      SectionKind kind = kindByCue(line);
      if (kind != null) {
        kinds.mark(i, kind);
      } else if (LineText.isProse(line.raw())) {
        proseSeen = true;
      }
    }
  }

  private SectionKind kindByCue(Line line) {
    if (credits.first(line, CueList.Scope.LINE).isPresent()) {
      return SectionKind.CREDIT;
    }
    if (navigation.first(line, CueList.Scope.LINE).isPresent() || TagList.looksLike(line.raw())) {
      return SectionKind.NAVIGATION;
    }
    if (boilerplate.first(line, CueList.Scope.LINE).isPresent()) {
      return SectionKind.BOILERPLATE;
    }
    if (related.first(line, CueList.Scope.LINE).isPresent()) {
      return SectionKind.RELATED;
    }
    if (comments.first(line, CueList.Scope.LINE, CueList.Scope.REST).isPresent()) {
      return SectionKind.COMMENT;
    }
    return null;
  }
}
