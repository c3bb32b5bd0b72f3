package io.github.chancery.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chancery.core.dossier.CorpusCheck;
import io.github.chancery.core.dossier.Dossier;
import io.github.chancery.core.dossier.Finding;
import io.github.chancery.core.dossier.FindingCode;
import io.github.chancery.core.dossier.Link;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.record.Identifier;
import io.github.chancery.core.record.RecordType;
import io.github.chancery.core.record.Reference;
import io.github.chancery.core.vote.Vote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A corpus checked in parts, as a distributed engine checks it, gives the findings {@link
 * Dossier#check()} gives, finding for finding: the split of the rules into one record's against a
 * context and the groups across the corpus loses and adds nothing.
 */
final class CorpusCheckTest {
  /** The corpus's findings computed as an engine would: per record against the context, then by groups. */
  static List<Finding> inParts(List<ChanceryRecord> corpus) {
    Map<String, RecordType> types = new HashMap<>();
    Set<String> referred = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      ChanceryRecord record = corpus.get(i);
      if (types.putIfAbsent(record.id(), record.recordType()) != null) {
        findings.add(CorpusCheck.duplicateId(record.id(), i));
      }
      Link.of(record).forEach(link -> referred.add(link.reference().id()));
    }
    List<ChanceryRecord> context = new ArrayList<>();
    for (ChanceryRecord record : corpus) {
      if (CorpusCheck.belongsToContext(record, referred.contains(record.id()))) {
        context.add(record);
      }
    }
    CorpusCheck check = CorpusCheck.over(context);
    Map<Identifier, CorpusCheck.IdentifierClaim> firstClaims = new LinkedHashMap<>();
    Map<String, CorpusCheck.RollCallClaim> firstRollCalls = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      ChanceryRecord record = corpus.get(i);
      for (Link link : Link.of(record)) {
        CorpusCheck.referenceFinding(record.id(), i, link, Optional.ofNullable(types.get(link.reference().id())))
            .ifPresent(findings::add);
      }
      findings.addAll(check.recordFindings(record, i));
      for (CorpusCheck.IdentifierClaim claim : CorpusCheck.identifierClaims(record, i)) {
        CorpusCheck.IdentifierClaim first = firstClaims.putIfAbsent(claim.identifier(), claim);
        if (first != null) {
          CorpusCheck.duplicateIdentifier(claim, first).ifPresent(findings::add);
        }
      }
      CorpusCheck.rollCallClaim(record, i).ifPresent(claim -> {
        CorpusCheck.RollCallClaim first = firstRollCalls.putIfAbsent(claim.key(), claim);
        if (first != null) {
          CorpusCheck.duplicateRollCall(claim, first).ifPresent(findings::add);
        }
      });
    }
    return findings;
  }

  private static void assertSameFindings(List<ChanceryRecord> corpus) {
    List<Finding> whole = Dossier.of(corpus).check().findings();
    assertThat(inParts(corpus)).containsExactlyInAnyOrderElementsOf(whole);
  }

  @Test
  void generatedCorporaOfEveryRecordTypeGiveTheSameFindingsInPartsAsAWhole() {
    for (long seed = 1; seed <= 12; seed++) {
      assertSameFindings(RecordGenerator.seeded(seed).dossier(400).records());
    }
  }

  @Test
  void corporaWithDanglingReferencesAndClaimsMadeTwiceGiveTheSameFindingsInParts() {
    Set<FindingCode> found = new HashSet<>();
    for (long seed = 1; seed <= 12; seed++) {
      List<ChanceryRecord> corpus = RecordGenerator.seeded(seed).faultyCorpus(300);
      assertSameFindings(corpus);
      Dossier.of(corpus).check().findings().forEach(f -> found.add(f.code()));
    }
    // The faults were made: without them the comparison would say little about the rules across records.
    assertThat(found).contains(FindingCode.DANGLING_REFERENCE, FindingCode.DUPLICATE_IDENTIFIER, FindingCode.DUPLICATE_ROLL_CALL);
  }

  @Test
  void aVoteClaimingAnotherVotesRollCallIsFoundInParts() {
    Vote first = RecordGenerator.seeded(3).vote().withStateBallots(15).build()
        .withSession(Reference.to("session-1")).withIdentifier("RC-1");
    List<ChanceryRecord> corpus = new ArrayList<>(List.of(first, first.withId("vote-again")));
    List<Finding> found = inParts(corpus);
    assertThat(found).filteredOn(f -> f.code() == FindingCode.DUPLICATE_ROLL_CALL).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("records[1].identifier"));
  }

  @Test
  void aRecordWhoseIdIsTakenIsADuplicateIdAtItsPosition() {
    Finding duplicate = CorpusCheck.duplicateId("state-fr", 41);
    assertThat(duplicate.code()).isEqualTo(FindingCode.DUPLICATE_ID);
    assertThat(duplicate.path()).isEqualTo("records[41].id");
    assertThat(duplicate.recordId()).isEqualTo("state-fr");
    assertThatThrownBy(() -> CorpusCheck.duplicateId("state-fr", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checksOnSeveralThreadsAtOnceFindWhatOneThreadFinds() throws Exception {
    List<ChanceryRecord> corpus = RecordGenerator.seeded(5).faultyCorpus(400);
    CorpusCheck check = CorpusCheck.over(corpus.stream().filter(r -> r.recordType() != RecordType.VOTE).collect(Collectors.toList()));
    List<List<Finding>> alone = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      alone.add(check.recordFindings(corpus.get(i), i));
    }
    List<List<Finding>> together = java.util.stream.IntStream.range(0, corpus.size()).parallel()
        .mapToObj(i -> check.recordFindings(corpus.get(i), i)).collect(Collectors.toList());
    assertThat(together).isEqualTo(alone);
  }
}
