package org.tally.extract.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tally.extract.token.PhraseTrie;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFileException;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * The count grammar's word lists, read from the rule files beside this class. Every bad row of a file is reported
 * at once, with its line, as a {@link RuleFileException}; so is a phrase listed twice.
 */
public final class CountLexicon {
  static final String NUMBER_WORDS = "number-words.tsv";
  static final String SCALE_WORDS = "scale-words.tsv";
  static final String QUALIFIERS = "qualifiers.tsv";
  static final String QUANTIFIERS = "quantifiers.tsv";
  static final String RANGES = "ranges.tsv";
  static final String HEAD_LINKS = "head-links.tsv";
  static final List<String> FILES = List.of(NUMBER_WORDS, SCALE_WORDS, QUALIFIERS, QUANTIFIERS, RANGES, HEAD_LINKS);

  final Map<String, NumberWord> numberWords = new HashMap<>();
  final Map<String, ScaleWord> scaleWords = new HashMap<>();
  final PhraseTrie<Qualifier> qualifiers = new PhraseTrie<>();
  final PhraseTrie<Quantifier> quantifiers = new PhraseTrie<>();
  final List<RangePattern> ranges = new ArrayList<>();
  final PhraseTrie<HeadLink> headLinks = new PhraseTrie<>();
  private final Set<String> rangeOpeners = new HashSet<>();
  /** Every word a count may start at, gathered once the files are read: one probe per word, not four. */
  private org.tally.extract.token.WordSet countStarts;
  private BarePlural barePlural;
  private final Set<String> definites = new HashSet<>();

  /** The count a user's rule gives a plural people noun with no number ("detained suspected insurgents"). */
  public record BarePlural(int min, Integer max, boolean approx) {}

  private CountLexicon() {}

  /** The word lists of these lexicons. */
  public static CountLexicon from(Lexicons rules) {
    return rules.built(CountLexicon.class, r -> of(file -> r.file(RuleFiles.named(file))));
  }

  /** Word lists read through {@code files}, which maps each of {@link #FILES} to its rule file. */
  static CountLexicon of(Function<String, RuleFile> files) {
    CountLexicon lexicon = new CountLexicon();
    each(files.apply(NUMBER_WORDS), lexicon::addNumberWord);
    each(files.apply(SCALE_WORDS), lexicon::addScaleWord);
    each(files.apply(QUALIFIERS), lexicon::addQualifier);
    each(files.apply(QUANTIFIERS), lexicon::addQuantifier);
    each(files.apply(RANGES), lexicon::addRange);
    each(files.apply(HEAD_LINKS), lexicon::addHeadLink);
    Set<String> starts = new HashSet<>(lexicon.numberWords.keySet());
    starts.addAll(lexicon.rangeOpeners);
    starts.addAll(lexicon.quantifiers.firstWords());
    starts.addAll(lexicon.qualifiers.firstWords());
    lexicon.countStarts = org.tally.extract.token.WordSet.copyOf(starts);
    return lexicon;
  }

  /** True for a word of the definite form ("the", "his"): one person if a singular people noun follows. */
  public boolean isDefinite(String lowerCaseWord) {
    return definites.contains(lowerCaseWord);
  }

  /** The bare-plural row's count, if a rule file gives one: none is bundled. */
  public Optional<BarePlural> barePlural() {
    return Optional.ofNullable(barePlural);
  }

  /** True when a count may start at this lower-cased word; numbers always may. */
  boolean startsCount(String word) {
    return countStarts.contains(word);
  }

  private static void each(RuleFile file, Consumer<RuleRow> reader) {
    List<RuleFileException.Problem> problems = new ArrayList<>();
    for (RuleRow row : file.rows()) {
      try {
        reader.accept(row);
      } catch (RuleFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleFileException(file.name(), problems);
    }
  }

  private void addNumberWord(RuleRow row) {
    String word = key(row, "word");
    NumberWord.Kind kind;
    try {
      kind = NumberWord.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("kind", "\"" + row.get("kind") + "\" is not a kind; use unit, teen, tens or alone");
    }
    int value = row.integer("value").orElseThrow(() -> row.error("value", "a number word needs a value"));
    unique(row, "word", numberWords.put(word, new NumberWord(word, value, kind)) == null);
  }

  private void addScaleWord(RuleRow row) {
    String word = key(row, "word");
    int value = row.integer("value").orElseThrow(() -> row.error("value", "a scale word needs a value"));
    unique(row, "word", scaleWords.put(word, new ScaleWord(word, value, row.bool("approx"))) == null);
  }

  private void addQualifier(RuleRow row) {
    Qualifier.Effect effect = Qualifier.Effect.byId(row.get("effect"));
    if (effect == null) {
      throw row.error("effect", "\"" + row.get("effect") + "\" is not an effect; use min, min+1, max, max-1 or approx");
    }
    String phrase = key(row, "phrase");
    unique(row, "phrase", qualifiers.add(tokens(phrase), new Qualifier(phrase, effect)));
  }

  private void addQuantifier(RuleRow row) {
    String phrase = row.optional("phrase").map(p -> p.toLowerCase(Locale.ROOT)).orElse("-");
    long min = row.integer("min").orElseThrow(() -> row.error("min", "a quantifier needs a lower bound"));
    Long max = row.integer("max").map(Integer::longValue).orElse(null);
    if (max != null && max < min) {
      throw row.error("max", "max " + max + " is below min " + min);
    }
    CountForm form;
    try {
      form = CountForm.valueOf(row.get("form").toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw row.error("form", "\"" + row.get("form") + "\" is not a form; use vague, words, indefinite, definite or bare-plural");
    }
    if (form == CountForm.DEFINITE) {
      // not a count on its own: the extractor reads one only before a singular people noun
      if (phrase.contains(" ")) {
        throw row.error("phrase", "a definite form is one word (\"the\", \"his\")");
      }
      unique(row, "phrase", definites.add(phrase));
      return;
    }
    if (form == CountForm.BARE_PLURAL || phrase.equals("-")) {
      if (form != CountForm.BARE_PLURAL || !phrase.equals("-")) {
        throw row.error("phrase", "the bare-plural form, and only it, has the phrase \"-\"");
      }
      barePlural = new BarePlural((int) min, max == null ? null : max.intValue(), row.bool("approx"));
      return;
    }
    Set<String> combines = new HashSet<>(List.of(row.get("combines").split("\\s*,\\s*")));
    combines.remove("-");
    if (!Set.of("scale", "qualifier").containsAll(combines)) {
      throw row.error("combines", "\"" + row.get("combines") + "\" names other than scale, qualifier or -");
    }
    Quantifier q = new Quantifier(phrase, min, max, row.bool("approx"), form, combines.contains("scale"),
        combines.contains("qualifier"));
    unique(row, "phrase", quantifiers.add(tokens(phrase), q));
  }

  private void addRange(RuleRow row) {
    List<String> words = tokens(row.get("pattern"));
    int x = words.indexOf("x");
    int y = words.indexOf("y");
    if (x < 0 || y != words.size() - 1 || y - x < 2) {
      throw row.error("pattern", "a range pattern is [words] X words Y, as in \"between X and Y\"");
    }
    RangePattern pattern = new RangePattern(row.get("pattern"), words.subList(0, x), words.subList(x + 1, y));
    unique(row, "pattern", ranges.stream().noneMatch(r -> r.opener().equals(pattern.opener())
        && r.joiner().equals(pattern.joiner())));
    ranges.add(pattern);
    if (x > 0) {
      rangeOpeners.add(words.get(0));
    }
  }

  private void addHeadLink(RuleRow row) {
    String role = row.get("role");
    if (!role.equals("partitive") && !role.equals("link")) {
      throw row.error("role", "\"" + role + "\" is not a role; use partitive or link");
    }
    String phrase = key(row, "phrase");
    unique(row, "phrase", headLinks.add(tokens(phrase), new HeadLink(phrase, role.equals("partitive"))));
  }

  private static String key(RuleRow row, String column) {
    String key = row.get(column).toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      throw row.error(column, "is empty");
    }
    return key;
  }

  private static void unique(RuleRow row, String column, boolean fresh) {
    if (!fresh) {
      throw row.error(column, "\"" + row.get(column) + "\" is listed twice; keep one row");
    }
  }

  /** A phrase as the tokens the parser will see: lower-cased words, "-" for any dash. */
  private static List<String> tokens(String phrase) {
    TokenStream stream = TokenStream.scan(phrase, 0, phrase.length());
    List<String> words = new ArrayList<>(stream.size());
    for (int i = 0; i < stream.size(); i++) {
      words.add(stream.word(i) != null ? stream.word(i) : phrase.substring(stream.start(i), stream.end(i)));
    }
    return List.copyOf(words);
  }
}
