/**
 * Chancery records on Apache Spark 4: the Spark SQL schema of every record type derived from its
 * shape ({@link io.github.chancery.spark.SparkSchemas}), and records converted to rows of those
 * schemas and back ({@link io.github.chancery.spark.RecordRows}), so that a corpus can be queried
 * with SQL and written as Parquet with readable columns; record files (NDJSON and JSON arrays)
 * read in parallel and validated record by record with the rules of {@code ChanceryJson}, bad
 * records kept apart with their file, line, JSON path and rule ({@link
 * io.github.chancery.spark.ChancerySpark}, {@link io.github.chancery.spark.CorpusRead}); and typed
 * datasets of records ({@code Dataset<Vote>}) whose columns are those schemas ({@link
 * io.github.chancery.spark.ChancerySpark#encoder(Class)}). Spark itself is the user's, in
 * provided scope.
 */
package io.github.chancery.spark;
