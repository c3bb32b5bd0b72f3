package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The bean of a {@code vote} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "motion_id", "result", "legislature_id", "session_id", "identifier", "date", "method", "rule",
  "counts", "ballots", "other_report_of_id", "source_ids"
})
public final class VotePojo extends RecordPojo {
  @JsonProperty("motion_id")
  public String motionId;

  public String result;

  @JsonProperty("legislature_id")
  public String legislatureId;

  @JsonProperty("session_id")
  public String sessionId;

  public String identifier;

  public String date;

  public String method;

  public String rule;

  public List<CountPojo> counts;

  public List<BallotPojo> ballots;

  @JsonProperty("other_report_of_id")
  public String otherReportOfId;
}
