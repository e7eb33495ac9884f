package org.tally.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.tally.app.read.ReadOptions;

/**
 * Tally on Spark, for {@code spark-submit}: reads the inputs (any files Tally reads: CSV, TSV, JSON Lines, JSON, text,
 * HTML, WARC, feeds; any path Spark reads, folders recursively), analyses each document on the executors with the
 * CLI's chain, and writes {@code OUTPUT/claims} and {@code OUTPUT/documents} as Parquet with the CLI's field names
 * (and as JSON Lines with {@code --jsonl}). Files are read one task each; their documents are then spread over
 * {@code --partitions} tasks for the analysis, which is where the time goes.
 *
 * <pre>TallyJob --output DIR [--partitions N] [--jsonl] INPUT...</pre>
 */
public final class TallyJob {
  private TallyJob() {}

  /** What one run did. */
  public record Result(long documents, long claims, List<String> problems) {}

  public static void main(String[] args) {
    Options options = Options.parse(args);
    SparkSession spark = SparkSession.builder().appName("tally").getOrCreate();
    try {
      Result result = run(spark, options);
      result.problems().forEach(problem -> System.err.println("tally: " + problem));
      System.err.printf("tally: %d documents, %d claims written to %s%n", result.documents(), result.claims(),
          options.output());
      if (!result.problems().isEmpty()) {
        System.exit(2);
      }
    } finally {
      spark.stop();
    }
  }

  public static Result run(SparkSession spark, Options options) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // folders are read recursively, as the CLI reads them
    context.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    CollectionAccumulator<String> problems = spark.sparkContext().collectionAccumulator("tally problems");
    JavaRDD<DocumentRow> documents = context.binaryFiles(String.join(",", options.inputs()))
        .flatMap(file -> {
          try (var stream = file._2().open()) {
            // made on the executor: the CLI's options are plain records, not Serializable
            return FileDocuments.read(file._1(), stream, ReadOptions.defaults(), problems::add).iterator();
          }
        });
    int partitions = options.partitions() > 0 ? options.partitions() : context.defaultParallelism();
    JavaRDD<String> lines = documents.repartition(partitions)
        .flatMap(row -> AnalysisRecords.of(row).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long claims = write(spark, lines, AnalysisRecords.CLAIM, RecordSchemas.CLAIM, options, "claims");
      long docs = write(spark, lines, AnalysisRecords.DOCUMENT, RecordSchemas.DOCUMENT, options, "documents");
      return new Result(docs, claims, List.copyOf(problems.value()));
    } finally {
      lines.unpersist();
    }
  }

  private static long write(SparkSession spark, JavaRDD<String> lines, String tag, StructType schema, Options options,
                            String name) {
    JavaRDD<String> json = lines.filter(line -> line.startsWith(tag)).map(line -> line.substring(tag.length()));
    Dataset<Row> rows = spark.read().schema(schema).option("mode", "FAILFAST")
        .json(spark.createDataset(json.rdd(), Encoders.STRING()));
    rows.write().mode(SaveMode.Overwrite).parquet(options.output() + "/" + name);
    if (options.jsonl()) {
      rows.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(options.output() + "/" + name
          + "-jsonl");
    }
    return spark.read().parquet(options.output() + "/" + name).count();
  }

  /**
   * The job's arguments.
   *
   * @param partitions how many tasks analyse the documents; 0 for Spark's default parallelism
   */
  public record Options(List<String> inputs, String output, int partitions, boolean jsonl) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no INPUT: name files or folders to read" + USAGE);
      }
      if (output == null || output.isBlank()) {
        throw new IllegalArgumentException("no --output: name the folder for claims and documents" + USAGE);
      }
    }

    private static final String USAGE = "\nusage: TallyJob --output DIR [--partitions N] [--jsonl] INPUT...";

    static Options parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String output = null;
      int partitions = 0;
      boolean jsonl = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--output", "-o" -> output = value(args, ++i);
          case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
          case "--jsonl" -> jsonl = true;
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i] + USAGE);
            }
            inputs.add(args[i]);
          }
        }
      }
      return new Options(inputs, output, partitions, jsonl);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value" + USAGE);
      }
      return args[i];
    }

    @Override
    public String toString() {
      return "Options" + Arrays.asList(inputs, output, partitions, jsonl);
    }
  }
}
