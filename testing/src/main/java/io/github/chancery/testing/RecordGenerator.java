package io.github.chancery.testing;

import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.model.Shapes;
import io.github.chancery.core.record.Cardinality;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.IdentifierScheme;
import io.github.chancery.core.record.Property;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Shape;
import io.github.chancery.core.record.SharedNames;
import io.github.chancery.core.record.ValueType;
import io.github.chancery.core.text.MultilingualText;
import io.github.chancery.core.time.PartialDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import io.github.chancery.core.validation.ValidationException;
import io.github.chancery.core.validation.Violation;
import io.github.chancery.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.vote.Ballot;
import io.github.chancery.core.vote.Count;
import io.github.chancery.core.vote.Vote;
import io.github.chancery.core.vote.VoteOption;
import io.github.chancery.core.vote.VoteResult;
import io.github.chancery.core.vote.VotingRule;

/**
 * A seeded generator of valid records of every type, driven by each type's shape, so that a new
 * record type or property is generated without a change here.
 *
 * <pre>{@code
 * RecordGenerator generate = RecordGenerator.seeded(20261206);
 * Vote vote = generate.record(Vote.class);
 * ChanceryRecord any = generate.record(RecordType.TREATY);
 * Dossier dossier = generate.dossier(50);          // every reference resolves
 * }</pre>
 *
 * <p>Values cover what real data holds: every code of every list and unknown codes, every date
 * precision (year, month, day, local time with and without zone, instant with offset or zone,
 * fractions of a second), texts and ids in Latin, Cyrillic, Arabic, Han, Armenian and Greek
 * scripts and outside the Basic Multilingual Plane, several languages per text. {@link Fill}
 * chooses how many optional properties are set: none, all, or each by chance.
 *
 * <p>The same seed gives the same records on every run and JDK: the generator draws from {@link
 * Random}, whose sequence Java specifies. A candidate that breaks a rule of its type (two dates
 * out of order, a signatory who is not a party) loses the offending optional values, or draws
 * them again, until it is valid. Not thread-safe: one generator per thread.
 */
public final class RecordGenerator {
  /** How many optional properties and list elements a generated record has. */
  public enum Fill {
    /** Only what the type requires. */
    MINIMAL,
    /** Every optional property, and lists of one to four elements. */
    MAXIMAL,
    /** Each optional property by chance, lists of none to three elements. */
    RANDOM
  }

  private static final String[] TEXTS = {
    "Senate of Canada", "Sénat du Canada", "Совет Федерации", "مجلس الشيوخ", "参議院", "Ազգային ժողով",
    "Βουλή των Ελλήνων", "Verkhovna Rada 🇺🇦", "Zürich – Łódź – Ærø", "𐌰𐌱𐌲 (Gothic)", "On the need to recognize the 'Nagorno-Karabakh Republic'",
    "Sur la nécessité de reconnaître la République du Haut-Karabagh", "\"Quoted\" and \\ backslashed", "多語言 مختلط mixed",
  };
  private static final String[] ID_STEMS = {"rec", "vote", "état", "государство", "議会", "հայ", "دولة", "βουλή"};
  private static final String[] LANGUAGES = {"en", "fr", "ru", "ar", "zh-Hans", "sr-Latn", "hy", "es-419", "de-CH-1996", "el", "und"};
  private static final String[] COUNTRIES = {"FR", "AZ", "AM", "US", "DE", "XK", "UA", "RU", "YU", "SU", "CSHH", "SUHH"};
  private static final String[] ZONES = {"Europe/Paris", "Asia/Baku", "America/New_York", "Asia/Tokyo", "Pacific/Chatham"};
  private static final int ATTEMPTS = 40;

  private final Random random;
  private final Fill fill;
  private long serial;
  private Map<RecordType, List<String>> pool;

  private RecordGenerator(long seed, Fill fill) {
    this.random = new Random(seed);
    this.fill = fill;
  }

  /**
   * Returns a generator that fills optional properties by chance.
   *
   * @param seed the seed: the same seed gives the same records
   * @return the generator
   */
  public static RecordGenerator seeded(long seed) {
    return new RecordGenerator(seed, Fill.RANDOM);
  }

  /**
   * Returns a generator with a given fill.
   *
   * @param seed the seed: the same seed gives the same records
   * @param fill how many optional properties to set
   * @return the generator
   */
  public static RecordGenerator seeded(long seed, Fill fill) {
    return new RecordGenerator(seed, Objects.requireNonNull(fill, "fill"));
  }

  /**
   * Returns a valid record of a type. Its references name records that need not exist; see
   * {@link #dossier(int)} for records whose references resolve.
   *
   * @param type the record type
   * @return the record
   */
  public ChanceryRecord record(RecordType type) {
    Objects.requireNonNull(type, "type");
    return build(Shapes.of(type));
  }

  /**
   * Returns a valid record of a class, such as {@code Vote.class}.
   *
   * @param type the record class
   * @param <T> the record type
   * @return the record
   */
  public <T extends ChanceryRecord> T record(Class<T> type) {
    Objects.requireNonNull(type, "type");
    for (Shape<? extends ChanceryRecord> shape : Shapes.records()) {
      if (shape.type().equals(type)) {
        return type.cast(build(shape));
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " is not a record type of this library");
  }

  /**
   * Returns a dossier of about {@code size} valid records of every type in which every reference
   * resolves to a record of a type it may name: the types are made in the order of their shapes'
   * references ({@link Shapes#inReferenceOrder()}), sources, actors and legislatures first, then
   * the sessions, memberships, motions, votes, notes, statements and treaties that refer to them.
   * Each record is valid, every reference resolves, and the consistency report finds no error: a
   * record whose facts do not fit the others (a vote dated before its motion, more votes than
   * seats) is drawn again under its id until they do. The report may still warn, as it does on
   * real data (counts that disagree with ballots).
   *
   * @param size how many records, at least one of each type
   * @return the dossier
   */
  public Dossier dossier(int size) {
    if (size < RecordType.values().length) {
      throw new IllegalArgumentException("a generated dossier holds at least one record of each type, so at least "
          + RecordType.values().length + " records, not " + size);
    }
    pool = new EnumMap<>(RecordType.class);
    try {
      List<ChanceryRecord> records = new ArrayList<>();
      // Every type once, in an order where each finds what it refers to, then by chance.
      for (RecordType type : ORDER) {
        records.add(pooled(type));
      }
      while (records.size() < size) {
        records.add(pooled(ORDER.get(random.nextInt(ORDER.size()))));
      }
      return consistent(records);
    } finally {
      pool = null;
    }
  }

  private static final int CONSISTENCY_ROUNDS = 60;

  /**
   * Draws again, under the same id, each record the consistency report finds an error about (a
   * vote dated before its motion, more votes than seats), until the report has no error: facts
   * drawn at random do not always fit together, and a realistic dossier's do.
   */
  private Dossier consistent(List<ChanceryRecord> records) {
    for (int round = 0; ; round++) {
      Dossier dossier = Dossier.of(records);
      java.util.Set<String> wrong = new java.util.LinkedHashSet<>();
      for (io.github.chancery.core.dossier.Finding finding : dossier.check().errors()) {
        wrong.add(finding.recordId());
      }
      if (wrong.isEmpty()) {
        return dossier;
      }
      if (round == CONSISTENCY_ROUNDS) {
        throw new IllegalStateException("no consistent dossier after " + CONSISTENCY_ROUNDS + " rounds: " + dossier.check());
      }
      for (int i = 0; i < records.size(); i++) {
        ChanceryRecord record = records.get(i);
        if (wrong.contains(record.id())) {
          records.set(i, withId(Shapes.of(record.recordType()), record.id()));
        }
      }
    }
  }

  /** A new record of a shape, under a given id, so that the records naming it still do. */
  private <T> T withId(Shape<T> shape, String id) {
    Property<T, ?> idProperty = shape.property(SharedNames.ID).orElseThrow();
    for (int attempt = 0; ; attempt++) {
      T candidate = build(shape);
      Object[] values = shape.newValues();
      for (Property<T, ?> property : shape.properties()) {
        Object value = property.get(candidate);
        values[property.index()] = value instanceof java.util.Optional ? ((java.util.Optional<?>) value).orElse(null) : value;
      }
      values[idProperty.index()] = id;
      try {
        return shape.create(values);
      } catch (ValidationException invalid) {
        if (attempt == ATTEMPTS) {
          throw invalid;
        }
      }
    }
  }

  /**
   * Returns the records of a {@link #dossier(int)} with the faults real corpora have, for tests of
   * what checks a corpus: five records that others may refer to are missing (their references
   * dangle), a second vote claims the roll call of a vote with a session and an identifier, and a
   * record claims the identifiers of an earlier one. Every record is valid on its own.
   *
   * @param size how many records the dossier holds before the faults, at least one of each type
   * @return the records, in order; a new, modifiable list
   */
  public List<ChanceryRecord> faultyCorpus(int size) {
    List<ChanceryRecord> records = new ArrayList<>(dossier(size).records());
    for (int k = 0; k < 5; k++) {
      records.remove(random.nextInt(records.size()));
    }
    for (ChanceryRecord record : records) {
      if (record instanceof Vote && ((Vote) record).session().isPresent() && ((Vote) record).identifier().isPresent()) {
        records.add(((Vote) record).withId(record.id() + "-again"));
        break;
      }
    }
    ChanceryRecord first = null;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).identifiers().isEmpty()) {
        continue;
      }
      if (first == null) {
        first = records.get(i);
      } else {
        records.set(i, withIdentifiers(records.get(i), first.identifiers()));
        break;
      }
    }
    return records;
  }

  /** The record with other identifiers, through its shape. */
  private static <T extends ChanceryRecord> ChanceryRecord withIdentifiers(T record, List<Identifier> identifiers) {
    @SuppressWarnings("unchecked")
    Shape<T> shape = (Shape<T>) Shapes.of(record.recordType());
    Object[] values = shape.newValues();
    for (Property<T, ?> property : shape.properties()) {
      Object value = property.get(record);
      values[property.index()] = value instanceof java.util.Optional ? ((java.util.Optional<?>) value).orElse(null) : value;
    }
    values[shape.property(SharedNames.IDENTIFIERS).orElseThrow().index()] = identifiers;
    return shape.create(values);
  }

  /** How many ids of each type a stream of {@link #records(long)} keeps to refer to. */
  private static final int RECENT_IDS = 64;

  /**
   * Returns {@code count} valid records of every type in turn, made one at a time as the stream
   * is read, so that a test can write a stream of any length without holding it. The types come
   * in the order of their references (sources and actors before the records naming them), and
   * every reference names a record made earlier in the stream, one of the last few of its type:
   * the stream read into a dossier has no dangling reference. Its records' facts are drawn one by
   * one, so the consistency report may find facts that do not fit together (a vote dated before
   * its motion); {@link #corpus(long)} gives a corpus without such errors.
   *
   * @param count how many records
   * @return a sequential, lazy stream
   */
  public Stream<ChanceryRecord> records(long count) {
    Map<RecordType, List<String>> recent = new EnumMap<>(RecordType.class);
    return LongStream.range(0, count).mapToObj(n -> {
      RecordType type = ORDER.get((int) (n % ORDER.size()));
      Map<RecordType, List<String>> saved = pool;
      pool = recent;
      try {
        ChanceryRecord record = record(type);
        List<String> ids = recent.computeIfAbsent(type, t -> new ArrayList<>());
        ids.add(record.id());
        if (ids.size() > RECENT_IDS) {
          ids.remove(0);
        }
        return record;
      } finally {
        pool = saved;
      }
    });
  }

  /** Records per block of a corpus: each block is a consistent dossier of its own. */
  private static final int CORPUS_BLOCK = 500;

  /**
   * Returns a corpus of {@code count} records as a lazy stream, made one block of a few hundred
   * records at a time as it is read, so that a corpus of any size takes the memory of one block.
   * Every reference resolves within the corpus (each names a record earlier in its block), ids
   * are unique across it, and its consistency report has no error: each block is a {@link
   * #dossier(int)}, so the whole corpus read into a {@link Dossier} checks as its blocks do. A
   * last block shorter than one record of each type is joined to the block before it.
   *
   * <p>{@link #records(long)} is the faster choice when only each record's own validity matters.
   *
   * @param count how many records, at least one of each type
   * @return a sequential, lazy, ordered stream of exactly {@code count} records
   * @throws IllegalArgumentException if {@code count} is smaller than the number of record types
   */
  public Stream<ChanceryRecord> corpus(long count) {
    int least = RecordType.values().length;
    if (count < least) {
      throw new IllegalArgumentException("a generated corpus holds at least one record of each type, so at least "
          + least + " records, not " + count);
    }
    Iterator<ChanceryRecord> records = new Iterator<>() {
      private long left = count;
      private Iterator<ChanceryRecord> block = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        return block.hasNext() || left > 0;
      }

      @Override
      public ChanceryRecord next() {
        if (!block.hasNext()) {
          if (left == 0) {
            throw new NoSuchElementException("the corpus's " + count + " records have been read");
          }
          // The last block takes the remainder when that is too short to be a dossier alone.
          long size = left - CORPUS_BLOCK < least ? left : CORPUS_BLOCK;
          left -= size;
          block = dossier((int) size).records().iterator();
        }
        return block.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliterator(records, count,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Starts a steered vote: {@code generate.vote().withStateBallots(193).under(VotingRule.SIMPLE_MAJORITY).build()}
   * gives a vote of 193 states whose counts add up its ballots and whose result is what the rule
   * makes of them.
   *
   * @return the recipe, drawing from this generator
   */
  public VoteRecipe vote() {
    return new VoteRecipe();
  }

  /**
   * A vote to generate, steered by what a test needs. Not thread-safe; uses its generator.
   */
  public final class VoteRecipe {
    private int ballots = 10;
    private VotingRule rule = VotingRule.SIMPLE_MAJORITY;
    private String motion;

    private VoteRecipe() {}

    /**
     * Sets how many states cast a ballot, each a different state.
     *
     * @param count the number of ballots, from 0
     * @return this recipe
     */
    public VoteRecipe withStateBallots(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("a vote has no fewer than 0 ballots, not " + count);
      }
      this.ballots = count;
      return this;
    }

    /**
     * Sets the voting rule, which decides the result from the counts.
     *
     * @param rule the rule: simple majority, two thirds present and voting, or absolute majority
     *     decide the result; any other rule gives a vote without a declared result
     * @return this recipe
     */
    public VoteRecipe under(VotingRule rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the motion voted on.
     *
     * @param motionId the motion's id
     * @return this recipe
     */
    public VoteRecipe on(String motionId) {
      this.motion = Objects.requireNonNull(motionId, "motionId");
      return this;
    }

    /**
     * Builds the vote: ballots of yes, no and abstain drawn by chance, the whole-vote counts that
     * add them up, and the result the rule gives.
     *
     * @return the vote
     */
    public Vote build() {
      int yes = 0;
      int no = 0;
      int abstain = 0;
      List<Ballot> cast = new ArrayList<>(ballots);
      for (int i = 0; i < ballots; i++) {
        int draw = random.nextInt(10);
        VoteOption option = draw < 6 ? VoteOption.YES : draw < 9 ? VoteOption.NO : VoteOption.ABSTAIN;
        if (option == VoteOption.YES) {
          yes++;
        } else if (option == VoteOption.NO) {
          no++;
        } else {
          abstain++;
        }
        cast.add(Ballot.of(Reference.to("state-" + (i + 1)), option));
      }
      Vote.Builder vote =
          Vote.builder()
              .id("vote-" + (++serial))
              .motion(Reference.to(motion != null ? motion : "motion-" + serial))
              .date(PartialDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28)))
              .rule(rule)
              .addAllBallots(cast)
              .addCounts(Count.of(VoteOption.YES, yes), Count.of(VoteOption.NO, no), Count.of(VoteOption.ABSTAIN, abstain));
      VoteResult result = resultOf(yes, no, abstain);
      if (result != null) {
        vote.result(result);
      }
      return vote.build();
    }

    private VoteResult resultOf(int yes, int no, int abstain) {
      if (rule.equals(VotingRule.SIMPLE_MAJORITY)) {
        return yes > no ? VoteResult.ADOPTED : VoteResult.REJECTED;
      }
      if (rule.equals(VotingRule.TWO_THIRDS_PRESENT_AND_VOTING)) {
        return yes > 0 && yes * 3 >= (yes + no) * 2 ? VoteResult.ADOPTED : VoteResult.REJECTED;
      }
      if (rule.equals(VotingRule.ABSOLUTE_MAJORITY)) {
        return yes * 2 > yes + no + abstain ? VoteResult.ADOPTED : VoteResult.REJECTED;
      }
      // Rules that need more than the counts (permanent members, consensus): no result declared.
      return null;
    }
  }

  /** The record types in an order where each finds what it refers to, read from the shapes. */
  private static final List<RecordType> ORDER = Shapes.inReferenceOrder();

  private ChanceryRecord pooled(RecordType type) {
    ChanceryRecord record = record(type);
    pool.computeIfAbsent(type, t -> new ArrayList<>()).add(record.id());
    return record;
  }

  private <T> T build(Shape<T> shape) {
    List<Property<T, ?>> properties = shape.properties();
    Object[] values = shape.newValues();
    for (int i = 0; i < values.length; i++) {
      values[i] = draw(properties.get(i));
    }
    for (int attempt = 0; ; attempt++) {
      try {
        return shape.create(values);
      } catch (ValidationException invalid) {
        if (attempt == ATTEMPTS) {
          throw new IllegalStateException("no valid " + shape.name() + " after " + ATTEMPTS + " attempts: " + invalid.getMessage(), invalid);
        }
        repair(shape, values, invalid, attempt);
      }
    }
  }

  /**
   * Gives the values a violation names what it asks for: a value where one is required, else no
   * value (for an optional one) or another value.
   */
  private <T> void repair(Shape<T> shape, Object[] values, ValidationException invalid, int attempt) {
    boolean changed = false;
    for (Violation violation : invalid.violations()) {
      String head = violation.path().split("[.\\[]", 2)[0];
      Property<T, ?> property = shape.lookup(head);
      if (property == null) {
        continue;
      }
      int index = property.index();
      boolean optional = property.cardinality() == Cardinality.OPTIONAL || property.cardinality() == Cardinality.LIST;
      if (violation.code() == ViolationCode.REQUIRED) {
        values[index] = value(property);
      } else {
        values[index] = optional && attempt % 3 != 0 ? null : draw(property);
      }
      changed = true;
    }
    if (!changed || attempt > ATTEMPTS / 2) {
      // A rule about the record as a whole: start again.
      for (int i = 0; i < values.length; i++) {
        values[i] = draw(shape.properties().get(i));
      }
    }
  }

  /** A value for a property, whatever its cardinality: a list of one for a list. */
  private Object value(Property<?, ?> property) {
    Cardinality cardinality = property.cardinality();
    return cardinality == Cardinality.LIST || cardinality == Cardinality.NON_EMPTY_LIST ? list(property.type(), 1) : value(property.type());
  }

  private Object draw(Property<?, ?> property) {
    switch (property.cardinality()) {
      case REQUIRED:
        return value(property.type());
      case OPTIONAL:
        return fill == Fill.MAXIMAL || (fill == Fill.RANDOM && random.nextBoolean()) ? value(property.type()) : null;
      case NON_EMPTY_LIST:
        return list(property.type(), 1 + random.nextInt(fill == Fill.MINIMAL ? 1 : 3));
      default:
        int size = fill == Fill.MINIMAL ? 0 : fill == Fill.MAXIMAL ? 1 + random.nextInt(4) : random.nextInt(4);
        return size == 0 ? null : list(property.type(), size);
    }
  }

  private List<Object> list(ValueType<?> type, int size) {
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Object value = value(type);
      if (value != null) {
        values.add(value);
      }
    }
    return values.isEmpty() ? null : values;
  }

  private Object value(ValueType<?> type) {
    switch (type.kind()) {
      case TEXT:
        return pick(TEXTS);
      case ID:
        return id();
      case INTEGER:
        return 1 + random.nextInt(600);
      case COUNT:
        return random.nextInt(20) == 0 ? 0 : random.nextInt(500);
      case DECIMAL:
        return BigDecimal.valueOf(1 + random.nextInt(400), random.nextInt(3));
      case DATE:
        return date();
      case LANGUAGE_TAG:
        return type.parse(pick(LANGUAGES));
      case COUNTRY_CODE:
        return type.parse(pick(COUNTRIES));
      case URL:
        return type.parse((random.nextBoolean() ? "https" : "http") + "://example.org/" + Math.abs(random.nextInt(100000)) + "?q=%C3%A9");
      case MULTILINGUAL_TEXT:
        return text();
      case REFERENCE:
        String id = reference(type.targets());
        return id == null ? null : type.parse(id);
      case CODE:
        List<String> known = type.knownCodeTexts();
        return type.parse(random.nextInt(7) == 0 || known.isEmpty() ? "custom-" + pick(ID_STEMS) + "-" + random.nextInt(50) : known.get(random.nextInt(known.size())));
      case PART:
        return type.part().type() == Identifier.class ? identifier() : build(type.part());
      default:
        throw new IllegalStateException("no generator for " + type.kind());
    }
  }

  /** An identifier in a scheme's own format, since its value is checked against the scheme. */
  private Identifier identifier() {
    int n = 1 + random.nextInt(99_999);
    switch (random.nextInt(8)) {
      case 0:
        return Identifier.of(IdentifierScheme.WIKIDATA, "Q" + n);
      case 1:
        return Identifier.of(IdentifierScheme.OPEN_CIVIC_DATA, "ocd-division/country:" + pick(COUNTRIES).toLowerCase(java.util.Locale.ROOT));
      case 2:
        return Identifier.of(IdentifierScheme.UN_M49, String.format(java.util.Locale.ROOT, "%03d", n % 1000));
      case 3:
        return Identifier.of(IdentifierScheme.CORRELATES_OF_WAR, Integer.toString(1 + n % 999));
      case 4:
        return Identifier.of(IdentifierScheme.UN_DOCUMENT_SYMBOL, "A/RES/ES-11/" + (1 + n % 9));
      case 5:
        return Identifier.of(IdentifierScheme.UN_TREATY_SERIES, "I:" + n);
      case 6:
        return Identifier.of(IdentifierScheme.ISO_3166_3, "SUHH");
      default:
        // A scheme this library does not know takes any value.
        return Identifier.of("custom-register", pick(TEXTS));
    }
  }

  private String id() {
    return pick(ID_STEMS) + "-" + (++serial);
  }

  private String reference(Set<RecordType> targets) {
    if (pool != null) {
      List<String> candidates = new ArrayList<>();
      for (RecordType target : targets) {
        candidates.addAll(pool.getOrDefault(target, List.of()));
      }
      // In a dossier a reference names a record before it, or is left out.
      return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }
    return "ref-" + Math.abs(random.nextInt(1000));
  }

  private MultilingualText text() {
    Map<String, String> texts = new LinkedHashMap<>();
    int languages = fill == Fill.MINIMAL ? 1 : 1 + random.nextInt(3);
    while (texts.size() < languages) {
      texts.put(pick(LANGUAGES), pick(TEXTS));
    }
    return MultilingualText.of(texts);
  }

  /** A date of any precision the format holds, from a year to a zoned instant with a fraction. */
  private PartialDate date() {
    int year = 1900 + random.nextInt(130);
    LocalDateTime time =
        LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
            random.nextInt(4) == 0 ? random.nextInt(60) : 0, random.nextInt(4) == 0 ? 1_000_000 * random.nextInt(1000) : 0);
    ZoneId zone = ZoneId.of(pick(ZONES));
    switch (random.nextInt(9)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, time.getMonthValue());
      case 2:
      case 3:
        return PartialDate.of(time.toLocalDate());
      case 4:
        return PartialDate.of(time);
      case 5:
        return PartialDate.of(time, zone);
      case 6:
        return PartialDate.of(time.atOffset(ZoneOffset.ofTotalSeconds((random.nextInt(53) - 24) * 1800)));
      case 7:
        return PartialDate.of(time.atOffset(ZoneOffset.UTC));
      default:
        return PartialDate.of(time.atZone(zone));
    }
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
