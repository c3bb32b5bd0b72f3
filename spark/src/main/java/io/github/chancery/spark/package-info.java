/**
 * Chancery records on Apache Spark 4: the Spark SQL schema of every record type derived from its
 * shape ({@link io.github.chancery.spark.SparkSchemas}), and records converted to rows of those
 * schemas and back ({@link io.github.chancery.spark.RecordRows}), so that a corpus can be queried
 * with SQL and written as Parquet with readable columns. Spark itself is the user's, in provided
 * scope.
 */
package io.github.chancery.spark;
