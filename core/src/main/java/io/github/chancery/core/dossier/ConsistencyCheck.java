package io.github.chancery.core.dossier;

import io.github.chancery.core.actor.State;
import io.github.chancery.core.diplomacy.ProtestNote;
import io.github.chancery.core.legislature.Motion;
import io.github.chancery.core.legislature.Session;
import io.github.chancery.core.record.ChanceryRecord;
import io.github.chancery.core.treaty.Treaty;
import io.github.chancery.core.vote.Vote;
import java.util.List;

/**
 * The consistency report: the rules of each domain in turn, record by record in the dossier's
 * order, then the rules across records. Each rule looks at one record and what it refers to, and
 * never fails: what it cannot decide for lack of data (no rule, no counts, no dates, no
 * memberships recorded), it does not report. Every record's codes are checked against their lists
 * ({@link CodeRules}). A record type with no rules of its own is checked only for its references,
 * its codes, its other reports and its identifiers.
 */
final class ConsistencyCheck {
  private ConsistencyCheck() {}

  static ConsistencyReport run(Dossier dossier, boolean references) {
    CheckContext context = new CheckContext(dossier);
    if (references) {
      context.addAll(dossier.referenceProblems());
    }
    ActorRules actors = new ActorRules(context);
    LegislatureRules legislatures = new LegislatureRules(context);
    VoteRules votes = new VoteRules(context);
    TreatyRules treaties = new TreatyRules(context);
    ReportRules reports = new ReportRules(context);
    CodeRules codes = new CodeRules(context);
    List<ChanceryRecord> records = dossier.records();
    for (int i = 0; i < records.size(); i++) {
      ChanceryRecord record = records.get(i);
      String at = Dossier.at(i);
      switch (record.recordType()) {
        case VOTE:
          votes.vote((Vote) record, at);
          break;
        case MOTION:
          legislatures.motion((Motion) record, at);
          break;
        case SESSION:
          legislatures.session((Session) record, at);
          break;
        case STATE:
          actors.state((State) record, at);
          break;
        case PROTEST_NOTE:
          reports.protest((ProtestNote) record, at);
          break;
        case TREATY:
          treaties.signatures((Treaty) record, at);
          treaties.participation((Treaty) record, at);
          break;
        default:
          break; // no rule of its own beyond references and other reports
      }
      codes.unknownCodes(record, at);
      reports.otherReport(record, at);
    }
    reports.sharedIdentifiers();
    votes.rollCalls();
    return ConsistencyReport.of(context.findings());
  }
}
