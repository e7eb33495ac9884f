package org.tally.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Articles per second of the job in Spark's local mode on 1 and then 2 cores, each after a warm-up run on the same
 * input: {@code LocalBench INPUT [CORES...]}. Spark's start-up is left out; reading, analysis and the Parquet writes
 * are in.
 */
public final class LocalBench {
  private LocalBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: LocalBench INPUT [CORES...]");
    }
    List<String> cores = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("1", "2");
    for (String n : cores) {
      SparkSession spark = SparkSession.builder().master("local[" + n + "]").appName("tally-bench")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", n).getOrCreate();
      Path out = Files.createTempDirectory("tally-bench");
      try {
        TallyJob.Options options = new TallyJob.Options(List.of(args[0]), out.toString(), Integer.parseInt(n), false);
        TallyJob.run(spark, options);  // warm-up: the JIT, the rule files, Spark's own code paths
        long start = System.nanoTime();
        TallyJob.Result result = TallyJob.run(spark, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("local[%s]: %d articles, %d claims in %.1f s: %.0f articles/s%n", n, result.documents(),
            result.claims(), seconds, result.documents() / seconds);
      } finally {
        spark.stop();
      }
    }
  }
}
