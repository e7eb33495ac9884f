package org.tally.extract.count;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * Not a test: measures parse throughput on one core. Arguments: a folder of .txt articles (default: the seed
 * articles), and optionally a CSV file read as one block of text with its article count (FA-KES: cp1252, 394).
 *
 * <pre>java -cp core/target/classes:core/target/test-classes org.tally.extract.count.CountParserBenchmark \
 *     /work/shared/corpus/seeds /work/shared/corpus/fakes-dev.csv 394</pre>
 */
public final class CountParserBenchmark {
  private CountParserBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/seeds");
    List<String> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(Files.readString(file));
      }
    }
    report("seed articles", articles, articles.size());
    if (args.length > 2) {
      String block = Files.readString(Path.of(args[1]), Charset.forName("windows-1252"));
      report(Path.of(args[1]).getFileName() + " as one text", List.of(block), Integer.parseInt(args[2]));
    }
  }

  private static void report(String what, List<String> texts, int articlesPerPass) {
    CountParser parser = CountParser.from(Lexicons.bundled());
    long chars = texts.stream().mapToLong(String::length).sum();
    int mentions = 0;
    for (long warm = System.nanoTime(); System.nanoTime() - warm < 2_000_000_000L; ) {
      mentions = parseAll(parser, texts);
    }
    int passes = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < 5_000_000_000L) {
      parseAll(parser, texts);
      passes++;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %d articles, %d chars, %d counts per pass; %.0f articles/s, %.1f MB/s of text%n",
        what, articlesPerPass, chars, mentions, passes * articlesPerPass / seconds, passes * chars / seconds / 1e6);
  }

  private static int parseAll(CountParser parser, List<String> texts) {
    int found = 0;
    for (String text : texts) {
      found += parser.find(text, new Span(0, text.length())).size();
    }
    return found;
  }
}
