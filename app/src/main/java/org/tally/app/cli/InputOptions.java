package org.tally.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import org.tally.analysis.Analyser;
import org.tally.app.read.ReadOptions;
import org.tally.app.run.GuardedAnalyser;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of a command and how to read them: shared by ingest, docs and extract. */
final class InputOptions {
  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files, folders (read recursively), globs such as 'corpus/**/*.txt', or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--id-column", paramLabel = "NAME", description = "CSV column holding the document id (default: unit_id or id).")
  String idColumn;

  @Option(names = "--title-column", paramLabel = "NAME", description = "CSV column holding the title (default: article_title or title).")
  String titleColumn;

  @Option(names = "--text-column", paramLabel = "NAME", description = "CSV column holding the article text (default: article_content, text, content or body).")
  String textColumn;

  @Option(names = "--source-column", paramLabel = "NAME", description = "CSV column naming the outlet (default: source or outlet).")
  String sourceColumn;

  @Option(names = "--date-column", paramLabel = "NAME", description = "CSV column holding a date (default: date).")
  String dateColumn;

  @Option(names = "--url-column", paramLabel = "NAME", description = "CSV column holding the URL (default: url).")
  String urlColumn;

  @Option(names = "--max-doc-size", paramLabel = "BYTES", description = "Largest single document read, in bytes (default: ${DEFAULT-VALUE}).",
      defaultValue = "10485760")
  long maxDocumentBytes;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Your own actor names, layered over the bundled ones: a UTF-8 TSV with the columns name, actor"
          + " (an actor id of actors.tsv), example, role (optional), named by a header row or a '# columns:' line;"
          + " see README.")
  java.nio.file.Path actors;

  @Option(names = "--quantities", paramLabel = "FILE",
      description = "Your own vague quantity words, layered over the bundled ones: a UTF-8 TSV with the columns of"
          + " quantifiers.tsv (phrase, min, max, approx, form, combines, example), named by a header row or a"
          + " '# columns:' line; see README.")
  java.nio.file.Path quantities;

  @Option(names = "--budget-seconds", paramLabel = "SECONDS", defaultValue = "60",
      description = "Longest one document's analysis may take; a document over it is reported as one 'could not"
          + " analyse' line and abandoned, and the others go on (default: ${DEFAULT-VALUE}; 0 for no limit).")
  double budgetSeconds;

  private Lexicons lexicons;

  /**
   * Tally's rule files with the user's laid over them, read and checked once per run: a bad line of a user's file
   * stops the run before any input is read (exit status 1), naming the file, the line and the column.
   */
  Lexicons lexicons() {
    if (lexicons == null) {
      Lexicons rules = Lexicons.bundled();
      if (actors != null) {
        rules = UserRuleFile.layered(rules, RuleFiles.ACTOR_NAMES, actors);
      }
      if (quantities != null) {
        rules = UserRuleFile.layered(rules, RuleFiles.QUANTIFIERS, quantities);
      }
      lexicons = rules;
    }
    return lexicons;
  }

  /** The analysis chain over {@link #lexicons()}. */
  Analyser analyser() {
    return Analyser.from(lexicons());
  }

  /** The analysis chain on all cores, each document within the time budget; close it when done. */
  GuardedAnalyser guardedAnalyser() {
    return GuardedAnalyser.onAllCores(analyser(), budget());
  }

  Duration budget() {
    if (budgetSeconds < 0 || Double.isNaN(budgetSeconds)) {
      throw new IllegalArgumentException("--budget-seconds must be 0 (no limit) or more: " + budgetSeconds);
    }
    return Duration.ofNanos((long) Math.min(budgetSeconds * 1e9, Long.MAX_VALUE));
  }

  ReadOptions readOptions() {
    ReadOptions d = ReadOptions.defaults();
    return new ReadOptions(
        idColumn != null ? idColumn : d.idColumn(),
        titleColumn != null ? titleColumn : d.titleColumn(),
        textColumn != null ? textColumn : d.textColumn(),
        sourceColumn != null ? sourceColumn : d.sourceColumn(),
        dateColumn != null ? dateColumn : d.dateColumn(),
        urlColumn != null ? urlColumn : d.urlColumn(),
        maxDocumentBytes);
  }
}
