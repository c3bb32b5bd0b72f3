package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code statement} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "author_id", "date", "positions", "summary", "other_report_of_id", "source_ids"
})
public final class StatementPojo extends RecordPojo {
  @JsonProperty("author_id")
  public String authorId;

  public String date;

  public List<PositionPojo> positions;

  public Map<String, String> summary;

  @JsonProperty("other_report_of_id")
  public String otherReportOfId;
}
