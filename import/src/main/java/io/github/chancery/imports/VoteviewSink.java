package io.github.chancery.imports;

import io.github.chancery.core.legislature.Legislature;
import io.github.chancery.core.legislature.LegislatureKind;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.legislature.SessionKind;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.source.Source;
import io.github.chancery.core.source.SourceKind;
import io.github.chancery.core.text.MultilingualText;
import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The records a Voteview import writes once whatever the rows: the files as sources, the chambers
 * as legislatures, the congresses and their sessions; and every record written through it, each
 * id once (votes and motions, written once by their roll call, are not remembered). Not
 * thread-safe.
 */
final class VoteviewSink {
  static final String PUBLISHER = "Voteview";

  final ImportSink sink;
  private final Set<String> written = new HashSet<>();
  private final Map<VoteviewChambers.Chamber, Legislature> legislatures = new EnumMap<>(VoteviewChambers.Chamber.class);
  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, String> files = new HashMap<>();

  VoteviewSink(ImportSink sink) {
    this.sink = sink;
  }

  /** The file as a source, written the first time. */
  Reference<Source> file(String fileName) throws IOException {
    Source source =
        Source.builder()
            .id("source-voteview-" + UndlMapper.slug(fileName))
            .kind(SourceKind.DATASET)
            .title(MultilingualText.of("en", "Voteview: Congressional Roll-Call Votes Database (" + fileName + ")"))
            .publisher(PUBLISHER)
            .url(URI.create("https://voteview.com/data"))
            .build();
    files.put(source.id(), fileName);
    write(source);
    return Reference.of(source);
  }

  /** The name of the file a source is. */
  String fileOf(Reference<Source> source) {
    return files.getOrDefault(source.id(), source.id());
  }

  /** The chamber's legislature, written the first time. */
  Legislature legislature(VoteviewChambers.Chamber chamber, Reference<Source> source) throws IOException {
    Legislature legislature = legislatures.get(chamber);
    if (legislature == null) {
      legislature =
          Legislature.builder()
              .id(chamber.legislatureId)
              .name(MultilingualText.of("en", chamber.title))
              .kind(chamber.senate ? LegislatureKind.UPPER_CHAMBER : LegislatureKind.LOWER_CHAMBER)
              .addSources(source)
              .build();
      legislatures.put(chamber, legislature);
      write(legislature);
    }
    return legislature;
  }

  /** The congress as a term of the chamber, written the first time: {@code us-senate-congress-117}. */
  Session congress(VoteviewChambers.Chamber chamber, int congress, Reference<Source> source) throws IOException {
    String id = chamber.legislatureId + "-congress-" + congress;
    Session session = sessions.get(id);
    if (session == null) {
      session =
          Session.builder()
              .id(id)
              .legislature(Reference.of(legislature(chamber, source)))
              .kind(SessionKind.TERM)
              .number(congress)
              .name(MultilingualText.of("en", ordinal(congress) + " Congress"))
              .addSources(source)
              .build();
      sessions.put(id, session);
      write(session);
    }
    return session;
  }

  /** A session of a congress, written the first time: {@code us-senate-congress-117-session-2}. */
  Session session(VoteviewChambers.Chamber chamber, int congress, int number, Reference<Source> source) throws IOException {
    Session term = congress(chamber, congress, source);
    String id = term.id() + "-session-" + number;
    Session session = sessions.get(id);
    if (session == null) {
      session =
          Session.builder()
              .id(id)
              .legislature(term.legislature())
              .kind(SessionKind.SESSION)
              .number(number)
              .parent(Reference.of(term))
              .name(MultilingualText.of("en", ordinal(number) + " session of the " + ordinal(congress) + " Congress"))
              .addSources(source)
              .build();
      sessions.put(id, session);
      write(session);
    }
    return session;
  }

  /** Writes a record, once by id. */
  void write(ChanceryRecord record) throws IOException {
    if (written.add(record.id())) {
      sink.add(record);
    }
  }

  /** Writes a vote or motion, which its roll call writes once. */
  void writeOnce(ChanceryRecord record) throws IOException {
    sink.add(record);
  }

  static String ordinal(int n) {
    int hundred = n % 100;
    String suffix =
        hundred >= 11 && hundred <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
