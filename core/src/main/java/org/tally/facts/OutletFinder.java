package org.tally.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * Names a document's publisher from, in order: the metadata's outlet (dataset codes mapped to names),
 * the metadata's URL, a URL in the page's own furniture (boilerplate, navigation, datelines), a
 * self-signature in the text (outlet-cues.tsv), or a boilerplate line naming a known outlet.
 * Body text is never read for names: an outlet cited there is a source, not the publisher.
 */
final class OutletFinder {
  private static final Pattern URL = Pattern.compile("https?://([^/\\s>\"')]+)");
  private static final List<SectionKind> FURNITURE =
      List.of(SectionKind.BOILERPLATE, SectionKind.NAVIGATION, SectionKind.DATELINE, SectionKind.CREDIT);

  private record Cue(String text, String outlet) {}

  private final Outlets outlets;
  private final List<Cue> cues;

  OutletFinder(Outlets outlets, RuleFile cueFile) {
    this.outlets = outlets;
    this.cues = cueFile.rows().stream().map(row -> cue(row, outlets)).toList();
  }

  private static Cue cue(RuleRow row, Outlets outlets) {
    if (!outlets.isName(row.get("outlet"))) {
      throw row.error("outlet", "\"" + row.get("outlet") + "\" is not a name in outlets.tsv");
    }
    return new Cue(row.get("cue"), row.get("outlet"));
  }

  Optional<String> find(Document doc, Layout layout) {
    String outlet = doc.metadata().outlet();
    if (outlet != null && !outlet.isBlank()) {
      return Optional.of(outlets.byCode(outlet).orElse(outlet.strip()));
    }
    if (doc.metadata().url() != null) {
      Optional<String> byUrl = byUrl(doc.metadata().url());
      if (byUrl.isPresent()) {
        return byUrl;
      }
    }
    String text = doc.text();
    for (Section section : layout.sections()) {
      if (FURNITURE.contains(section.kind())) {
        Optional<String> byUrl = byUrl(section.span().text(text));
        if (byUrl.isPresent()) {
          return byUrl;
        }
      }
    }
    return bySignature(text, layout).or(() -> byFooterName(text, layout));
  }

  private Optional<String> byUrl(String text) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String host = m.group(1);
      int port = host.indexOf(':');
      Optional<String> name = outlets.byHost(port < 0 ? host : host.substring(0, port));
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  private Optional<String> bySignature(String text, Layout layout) {
    for (Cue cue : cues) {
      int at = text.indexOf(cue.text());
      while (at >= 0) {
        SectionKind kind = layout.at(at).map(Section::kind).orElse(SectionKind.BODY);
        if (kind != SectionKind.RELATED) {
          return Optional.of(cue.outlet());
        }
        at = text.indexOf(cue.text(), at + 1);
      }
    }
    return Optional.empty();
  }

  private Optional<String> byFooterName(String text, Layout layout) {
    List<Map.Entry<String, String>> names = outlets.namesAndAliases();
    for (Section section : layout.of(SectionKind.BOILERPLATE)) {
      String footer = section.span().text(text);
      for (Map.Entry<String, String> name : names) {
        if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name.getKey()) + "(?![\\p{L}\\d])").matcher(footer).find()) {
          return Optional.of(name.getValue());
        }
      }
    }
    return Optional.empty();
  }

}
