package io.github.chancery.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

import io.github.chancery.core.dossier.CorpusCheck;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.Link;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.json.jackson3.ChanceryJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The consistency report of a corpus, computed as Spark jobs: the findings {@link
 * io.github.chancery.core.dossier.Dossier#check()} gives on the same records, with the same codes,
 * record ids, paths and messages, over a corpus of any size. It runs the core's own rules through
 * {@link CorpusCheck}:
 *
 * <ol>
 *   <li>one pass over the corpus takes from each record the facts the rules across records need:
 *       its id and type, its references, the identifiers and roll calls it claims;
 *   <li>references are joined to the ids (dangling and wrong-type references), ids are grouped
 *       (duplicate ids), claims are grouped by identifier and by roll call and compared with the
 *       first by position;
 *   <li>the context (every record but the votes nobody refers to) is collected and broadcast once,
 *       and each record's own rules run in the tasks against it.
 * </ol>
 *
 * <p>The input is a corpus dataset with the columns {@code position} (long: the record's index in
 * the corpus, which paths name as {@code records[position]}) and {@code json} (the record as
 * Chancery JSON), as {@link #CORPUS_SCHEMA} gives; other columns are ignored. The output has the
 * columns of {@link #FINDINGS_SCHEMA}.
 *
 * <p>The context is held whole by the driver and by each executor: for a legislature's corpus it
 * is the members, motions, sessions and sources, small beside the ballots; a corpus whose context
 * does not fit an executor's heap is beyond this check. Stateless and thread-safe.
 */
public final class SparkCheck {
  /** The columns the check reads: the record's position in the corpus and its JSON. */
  public static final StructType CORPUS_SCHEMA = new StructType()
      .add("position", DataTypes.LongType, false)
      .add("json", DataTypes.StringType, false);

  /** The columns of the findings: as {@link Finding} has them, the code and severity by their wire names. */
  public static final StructType FINDINGS_SCHEMA = new StructType()
      .add("code", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("record_id", DataTypes.StringType, false)
      .add("path", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false);

  // The facts of the rules across records, all in one pass, each in a row of its kind.
  private static final String ID = "id";
  private static final String LINK = "link";
  private static final String IDENTIFIER = "identifier";
  private static final String ROLL_CALL = "roll-call";
  private static final StructType FACTS_SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("position", DataTypes.LongType, false)
      .add("record_id", DataTypes.StringType, false)
      .add("record_type", DataTypes.StringType, true)
      // id: nothing more; link: path, target id, allowed types; identifier: scheme, value, index, other report of;
      // roll call: key, session, identifier, other report of
      .add("a", DataTypes.StringType, true)
      .add("b", DataTypes.StringType, true)
      .add("c", DataTypes.StringType, true)
      .add("d", DataTypes.StringType, true);

  private SparkCheck() {}

  /**
   * Computes the findings of a corpus.
   *
   * @param corpus the corpus: {@code position} and {@code json} columns, positions unique
   * @return the findings, a dataset of {@link #FINDINGS_SCHEMA}, computed when it is read
   */
  public static Dataset<Row> findings(Dataset<Row> corpus) {
    Objects.requireNonNull(corpus, "corpus");
    SparkSession spark = corpus.sparkSession();
    Dataset<Row> records = corpus.select(col("position").cast(DataTypes.LongType), col("json"));
    JavaRDD<Row> factRows = records.javaRDD().mapPartitions(SparkCheck::facts);
    Dataset<Row> facts = spark.createDataFrame(factRows, FACTS_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> ids = facts.where(col("kind").equalTo(ID));
    Dataset<Row> links = facts.where(col("kind").equalTo(LINK));

    // The context: every record but a vote, and every vote some record refers to; of records sharing
    // an id, the first; in corpus order, as a dossier of the whole corpus would hold them. Only the
    // references that may name a vote are looked at, and the few positions found are broadcast to
    // pick the records' JSON where it lies, so that no ballot crosses the network.
    Dataset<Row> referred = links.where(col("c").contains(RecordType.VOTE.wireName()))
        .select(col("b").as("referred_id")).distinct();
    Dataset<Row> firstOfEachId = ids.withColumn("n", row_number().over(Window.partitionBy("record_id").orderBy("position")))
        .where(col("n").equalTo(1));
    Dataset<Row> contextPositions = firstOfEachId
        .join(referred, firstOfEachId.col("record_id").equalTo(referred.col("referred_id")), "left_outer")
        .where(col("record_type").notEqual(RecordType.VOTE.wireName()).or(col("referred_id").isNotNull()))
        .select(col("position").as("context_position"));
    List<String> context = records.join(functions.broadcast(contextPositions), col("position").equalTo(col("context_position")))
        .orderBy("position").select("json").as(Encoders.STRING()).collectAsList();
    Broadcast<List<String>> contextJson = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(context);

    List<Dataset<Row>> parts = new ArrayList<>();
    long broadcastId = contextJson.id();
    parts.add(spark.createDataFrame(records.javaRDD().mapPartitions(rows -> recordFindings(rows, broadcastId, contextJson)), FINDINGS_SCHEMA));
    parts.add(duplicateIds(ids));
    parts.add(referenceFindings(links, ids));
    parts.add(claimFindings(facts.where(col("kind").equalTo(IDENTIFIER)), true));
    parts.add(claimFindings(facts.where(col("kind").equalTo(ROLL_CALL)), false));
    Dataset<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.unionByName(parts.get(i));
    }
    return all;
  }

  /** The facts of each record of a partition, made as they are read: a partition may hold millions of ballots. */
  private static Iterator<Row> facts(Iterator<Row> rows) {
    ChanceryJson json = ChanceryJson.strict();
    return lazily(rows, row -> {
      long position = row.getLong(0);
      ChanceryRecord record = read(json, row.getString(1), position);
      String type = record.recordType().wireName();
      List<Row> out = new ArrayList<>();
      out.add(RowFactory.create(ID, position, record.id(), type, null, null, null, null));
      for (Link link : Link.of(record)) {
        out.add(RowFactory.create(LINK, position, record.id(), type, link.path(), link.reference().id(), types(link.allowed()), null));
      }
      for (CorpusCheck.IdentifierClaim claim : CorpusCheck.identifierClaims(record, position)) {
        out.add(RowFactory.create(IDENTIFIER, position, record.id(), type, claim.identifier().scheme().toString(),
            claim.identifier().value(), Integer.toString(claim.index()), claim.otherReportOf().orElse(null)));
      }
      CorpusCheck.rollCallClaim(record, position).ifPresent(claim -> out.add(RowFactory.create(ROLL_CALL, position, record.id(), type,
          claim.key(), claim.sessionId(), claim.identifier(), claim.otherReportOf().orElse(null))));
      return out;
    });
  }

  /** The rows each input row gives, one input row at a time. */
  private static Iterator<Row> lazily(Iterator<Row> rows, java.util.function.Function<Row, List<Row>> each) {
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && rows.hasNext()) {
          current = each.apply(rows.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static ChanceryRecord read(ChanceryJson json, String text, long position) {
    try {
      return json.read(text);
    } catch (RuntimeException unreadable) {
      throw new IllegalArgumentException("the record at position " + position + " of the corpus is not a valid record: "
          + unreadable.getMessage(), unreadable);
    }
  }

  // One check per context per JVM: the tasks of an executor share it.
  private static final Map<Long, CorpusCheck> CHECKS = new ConcurrentHashMap<>();

  private static Iterator<Row> recordFindings(Iterator<Row> rows, long broadcastId, Broadcast<List<String>> context) {
    CorpusCheck check = CHECKS.computeIfAbsent(broadcastId, id -> {
      ChanceryJson json = ChanceryJson.strict();
      List<ChanceryRecord> records = new ArrayList<>(context.value().size());
      long n = 0;
      for (String text : context.value()) {
        records.add(read(json, text, n++));
      }
      return CorpusCheck.over(records);
    });
    ChanceryJson json = ChanceryJson.strict();
    return lazily(rows, row -> {
      long position = row.getLong(0);
      List<Row> out = new ArrayList<>(0);
      for (Finding finding : check.recordFindings(read(json, row.getString(1), position), position)) {
        out.add(row(finding));
      }
      return out;
    });
  }

  /** Every record after the first with its id. */
  private static Dataset<Row> duplicateIds(Dataset<Row> ids) {
    WindowSpec byId = Window.partitionBy("record_id").orderBy("position");
    Dataset<Row> later = ids.withColumn("n", row_number().over(byId)).where(col("n").gt(1)).select("record_id", "position");
    return later.sparkSession().createDataFrame(later.javaRDD().map(
        r -> row(CorpusCheck.duplicateId(r.getString(0), r.getLong(1)))), FINDINGS_SCHEMA);
  }

  /**
   * References joined to the type of the first record with the id they name. The distinct targets
   * are resolved first (a corpus names the same few thousand members millions of times), and only
   * the links to a target that does not resolve as it may are then picked, where they lie.
   */
  private static Dataset<Row> referenceFindings(Dataset<Row> links, Dataset<Row> ids) {
    Dataset<Row> firstOfEachId = ids.groupBy(col("record_id").as("target_id"))
        .agg(functions.min_by(col("record_type"), col("position")).as("target_type"));
    Dataset<Row> targets = links.select(col("b").as("wrong_id"), col("c").as("wrong_allowed")).distinct();
    Dataset<Row> resolved = targets.join(firstOfEachId, targets.col("wrong_id").equalTo(firstOfEachId.col("target_id")), "left_outer")
        .select(col("wrong_id"), col("wrong_allowed"), col("target_type"));
    Dataset<Row> wrong = resolved.sparkSession().createDataFrame(resolved.javaRDD().filter(r -> r.isNullAt(2)
        || !types(r.getString(1)).contains(type(r.getString(2)))), resolved.schema());
    Dataset<Row> joined = links.join(functions.broadcast(wrong),
            links.col("b").equalTo(wrong.col("wrong_id")).and(links.col("c").equalTo(wrong.col("wrong_allowed"))))
        .select(col("record_id"), col("position"), col("a"), col("b"), col("c"), col("target_type"));
    return joined.sparkSession().createDataFrame(joined.javaRDD().flatMap(r -> {
      Optional<RecordType> target = r.isNullAt(5) ? Optional.empty() : RecordType.fromWireName(r.getString(5));
      return CorpusCheck.referenceFinding(r.getString(0), r.getLong(1), r.getString(2), r.getString(3), types(r.getString(4)), target)
          .map(f -> List.of(row(f)).iterator()).orElse(java.util.Collections.emptyIterator());
    }), FINDINGS_SCHEMA);
  }

  /** Claims of one identifier or one roll call after the first, each compared with the first. */
  private static Dataset<Row> claimFindings(Dataset<Row> claims, boolean identifiers) {
    WindowSpec byKey = (identifiers ? Window.partitionBy("a", "b") : Window.partitionBy("a")).orderBy("position");
    Dataset<Row> later = claims
        .withColumn("n", row_number().over(byKey))
        .withColumn("first_id", first(col("record_id")).over(byKey))
        .withColumn("first_type", first(col("record_type")).over(byKey))
        .withColumn("first_position", first(col("position")).over(byKey))
        .withColumn("first_c", first(col("c")).over(byKey))
        .withColumn("first_d", first(col("d")).over(byKey))
        .where(col("n").gt(1));
    Dataset<Row> wanted = later.select("record_id", "record_type", "position", "a", "b", "c", "d",
        "first_id", "first_type", "first_position", "first_c", "first_d");
    JavaRDD<Row> found = wanted.javaRDD().flatMap(r -> {
      Optional<Finding> finding;
      if (identifiers) {
        Identifier identifier = Identifier.of(r.getString(3), r.getString(4));
        CorpusCheck.IdentifierClaim claim = CorpusCheck.IdentifierClaim.of(r.getString(0), type(r.getString(1)), r.getLong(2),
            Integer.parseInt(r.getString(5)), identifier, r.getString(6));
        CorpusCheck.IdentifierClaim firstClaim = CorpusCheck.IdentifierClaim.of(r.getString(7), type(r.getString(8)), r.getLong(9),
            Integer.parseInt(r.getString(10)), identifier, r.isNullAt(11) ? null : r.getString(11));
        finding = CorpusCheck.duplicateIdentifier(claim, firstClaim);
      } else {
        // roll call: a = key, b = session, c = identifier, d = other report of
        CorpusCheck.RollCallClaim claim = CorpusCheck.RollCallClaim.of(r.getString(0), r.getLong(2), r.getString(4), r.getString(5),
            r.getString(6));
        CorpusCheck.RollCallClaim firstClaim = CorpusCheck.RollCallClaim.of(r.getString(7), r.getLong(9), r.getString(4),
            r.getString(10), r.isNullAt(11) ? null : r.getString(11));
        finding = CorpusCheck.duplicateRollCall(claim, firstClaim);
      }
      return finding.map(f -> List.of(row(f)).iterator()).orElse(java.util.Collections.emptyIterator());
    });
    return claims.sparkSession().createDataFrame(found, FINDINGS_SCHEMA);
  }

  private static Row row(Finding finding) {
    return RowFactory.create(finding.code().code(), finding.severity().wireName(), finding.recordId(), finding.path(), finding.message());
  }

  private static RecordType type(String wireName) {
    return RecordType.fromWireName(wireName).orElseThrow(() -> new IllegalArgumentException("no record type '" + wireName + "'"));
  }

  private static String types(Set<RecordType> types) {
    StringBuilder text = new StringBuilder();
    for (RecordType type : types) {
      text.append(text.length() == 0 ? "" : ",").append(type.wireName());
    }
    return text.toString();
  }

  private static Set<RecordType> types(String text) {
    Set<RecordType> types = EnumSet.noneOf(RecordType.class);
    for (String name : text.split(",")) {
      types.add(type(name));
    }
    return types;
  }
}
