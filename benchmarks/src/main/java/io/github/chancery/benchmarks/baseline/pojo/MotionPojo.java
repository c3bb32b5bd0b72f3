package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code motion} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "legislature_id", "session_id", "kind", "identifier", "title", "text", "sponsor_ids",
  "tabled_on", "legal_basis", "subjects", "amends_id", "other_report_of_id", "source_ids"
})
public final class MotionPojo extends RecordPojo {
  @JsonProperty("legislature_id")
  public String legislatureId;

  @JsonProperty("session_id")
  public String sessionId;

  public String kind;

  public String identifier;

  public Map<String, String> title;

  public Map<String, String> text;

  @JsonProperty("sponsor_ids")
  public List<String> sponsorIds;

  @JsonProperty("tabled_on")
  public String tabledOn;

  @JsonProperty("legal_basis")
  public String legalBasis;

  public List<MotionSubjectPojo> subjects;

  @JsonProperty("amends_id")
  public String amendsId;

  @JsonProperty("other_report_of_id")
  public String otherReportOfId;
}
