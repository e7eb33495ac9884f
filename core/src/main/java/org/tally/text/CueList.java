package org.tally.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/** The cues of one cue file (comment-cues.tsv and its siblings): which lines they mark, and how far. */
final class CueList {
  enum Match { LINE, PREFIX, CONTAINS, REGEX }

  /**
   * How far a cue reaches: its own line, every line after it too, its line only after the body, or its line from the
   * cue on (page furniture glued to the article's last paragraph where the text lost its line breaks).
   */
  enum Scope { LINE, REST, TAIL, GLUED }

  /** A cue; {@code anchored} when its regex can only match at the line's start, so no later start is tried. */
  record Cue(String text, Match match, Scope scope, Pattern regex, boolean anchored) {
    /** {@code plain}: the line's raw text with no-break spaces made plain ones, worked out once for all cues. */
    boolean matches(Line line, String plain) {
      return switch (match) {
        case LINE -> line.norm().equals(text);
        case PREFIX -> line.norm().startsWith(text);
        case CONTAINS -> line.norm().contains(text);
        case REGEX -> {
          java.util.regex.Matcher m = regex.matcher(plain);
          yield anchored ? m.lookingAt() : m.find();
        }
      };
    }
  }

  /**
   * True when a regex opens with {@code ^} and has no alternative outside its groups ("^a|b" may match anywhere):
   * every match then starts at the line's start. Quoting and nested classes are not read: such a regex is searched.
   */
  static boolean anchored(String regex) {
    if (!regex.startsWith("^") || regex.contains("\\Q")) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 1; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == '[') {
          return false;
        }
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  private final List<Cue> cues;

  private CueList(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  static CueList load(RuleFile file) {
    List<Cue> cues = new ArrayList<>();
    for (RuleRow row : file.rows()) {
      Match match = parse(row, "match", Match.class);
      Scope scope = parse(row, "scope", Scope.class);
      String text = row.get("cue");
      if (scope == Scope.GLUED && match != Match.REGEX) {
        throw row.error("scope", "glued reads where in the line the cue starts, so its cue must be a regex");
      }
      Pattern regex = null;
      if (match == Match.REGEX) {
        try {
          regex = Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
          throw row.error("cue", "not a valid regex: " + e.getDescription());
        }
      }
      cues.add(new Cue(match == Match.REGEX ? text : text.toLowerCase(Locale.ROOT), match, scope, regex,
          regex != null && anchored(text)));
    }
    return new CueList(cues);
  }

  private static <E extends Enum<E>> E parse(RuleRow row, String column, Class<E> type) {
    try {
      return Enum.valueOf(type, row.get(column).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error(column, "\"" + row.get(column) + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
  }

  /** The first cue that marks this line, among those of the given scopes. */
  Optional<Cue> first(Line line, Scope... scopes) {
    String plain = line.raw().replace('\u00a0', ' ');
    for (Cue cue : cues) {
      if (inScopes(cue.scope(), scopes) && cue.matches(line, plain)) {
        return Optional.of(cue);
      }
    }
    return Optional.empty();
  }

  /** Where in the line's raw text the first glued cue starts, or -1. */
  int gluedAt(Line line) {
    String plain = null;
    for (Cue cue : cues) {
      if (cue.scope() == Scope.GLUED) {
        plain = plain == null ? line.raw().replace('\u00a0', ' ') : plain;
        java.util.regex.Matcher m = cue.regex().matcher(plain);
        if (m.find()) {
          return m.start();
        }
      }
    }
    return -1;
  }

  private static boolean inScopes(Scope scope, Scope[] scopes) {
    for (Scope s : scopes) {
      if (s == scope) {
        return true;
      }
    }
    return false;
  }
}
