#!/usr/bin/env bash
# The Spark job's articles/s in local mode on 1 and 2 cores, and `tally ingest`'s on the same input in the same run:
#   scripts/spark-bench.sh INPUT          (e.g. a FA-KES replica: python3 scripts/replicate-fakes.py corpus/fakes-dev.csv 20000 big.csv)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
input=$(realpath "$1")
# Spark's own jars ("provided": spark-submit would bring them); each module of the reactor writes the file, spark last
cpfile=$(mktemp)
mvn -q -B -o -Pspark -DskipTests package dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$cpfile"
cp=$(cat "$cpfile"); rm -f "$cpfile"
# the options spark-submit passes to the JVM on Java 17
opens=$(grep -o -- '--add-opens=[^ <]*' spark/pom.xml | tr '\n' ' ')
java -Xmx4g -XX:+IgnoreUnrecognizedVMOptions $opens -Djdk.reflect.useDirectMethodHandle=false \
  -cp "spark/target/tally-spark.jar:spark/target/lib/*:$cp" org.tally.spark.LocalBench "$input" 1 2
db=$(mktemp -u /tmp/tally-bench-XXXXXX.db)
touch app/target/.built
start=$(date +%s.%N)
./tally ingest --quiet --db "$db" "$input" >/dev/null
end=$(date +%s.%N)
docs=$(sqlite3 "$db" "SELECT COUNT(*) FROM documents" 2>/dev/null || echo "?")
echo "tally ingest (all cores): $docs articles in $(echo "$end - $start" | bc) s: $(echo "$docs / ($end - $start)" | bc) articles/s"
rm -f "$db" "$db-wal" "$db-shm"
