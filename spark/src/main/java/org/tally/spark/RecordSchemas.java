package org.tally.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet columns of the job's output: the fields of docs/claims.md and of {@code tally docs}, in their order and
 * with their names, nested objects as structs. Written out rather than inferred, so that a column is there (and typed)
 * even when no row of a run fills it.
 */
final class RecordSchemas {
  private RecordSchemas() {}

  static final StructType CLAIM = struct(
      field("doc", StringType), field("harm", StringType), field("victims", StringType),
      field("min", IntegerType), field("max", IntegerType), field("approx", BooleanType),
      field("count_text", StringType), field("perpetrator", StringType), field("claimant", StringType),
      field("location", struct(field("text", StringType), field("name", StringType), field("admin1", StringType),
          field("country", StringType), field("lat", DoubleType), field("lon", DoubleType),
          field("precision", StringType), field("start", IntegerType), field("end", IntegerType))),
      field("when", struct(field("start", StringType), field("end", StringType), field("text", StringType),
          field("text_start", IntegerType), field("text_end", IntegerType))),
      field("scope", StringType), field("stance", StringType), field("attacks", IntegerType),
      field("section", StringType),
      field("evidence", struct(field("start", IntegerType), field("end", IntegerType), field("text", StringType),
          field("count_start", IntegerType), field("count_end", IntegerType))));

  static final StructType DOCUMENT = struct(
      field("doc", StringType), field("title", StringType), field("outlet", StringType), field("date", StringType),
      field("event_location", struct(field("name", StringType), field("admin1", StringType),
          field("country", StringType), field("text", StringType))),
      field("event_date", StringType),
      field("event_killed", struct(field("min", IntegerType), field("max", IntegerType))),
      field("event_evidence", struct(field("start", IntegerType), field("end", IntegerType),
          field("text", StringType), field("count_start", IntegerType), field("count_end", IntegerType))),
      field("claims", IntegerType), field("language", StringType), field("source", StringType),
      field("reported_killed", IntegerType), field("reported_detained", IntegerType));

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }
}
