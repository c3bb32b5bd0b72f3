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
    Rules rules = new Rules(context);
    List<ChanceryRecord> records = dossier.records();
    for (int i = 0; i < records.size(); i++) {
      rules.record(records.get(i), Dossier.at(i));
    }
    ReportRules reports = rules.reports;
    VoteRules votes = rules.votes;
    reports.sharedIdentifiers();
    votes.rollCalls();
    return ConsistencyReport.of(context.findings());
  }

  /** The rules of one record, each domain's in turn: those that look at one record and what it refers to. */
  static final class Rules {
    final ActorRules actors;
    final LegislatureRules legislatures;
    final VoteRules votes;
    final TreatyRules treaties;
    final ReportRules reports;
    final CodeRules codes;

    Rules(CheckContext context) {
      actors = new ActorRules(context);
      legislatures = new LegislatureRules(context);
      votes = new VoteRules(context);
      treaties = new TreatyRules(context);
      reports = new ReportRules(context);
      codes = new CodeRules(context);
    }

    void record(ChanceryRecord record, String at) {
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
  }
}
