/** The Spark job: Tally's readers and analysis run on a cluster's executors, claims and documents written as Parquet. */
package org.tally.spark;
