package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code protest_note} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "sender_id", "recipient_id", "date", "form", "reference_number",
  "protested_act_ids", "summary", "language", "other_report_of_id", "source_ids"
})
public final class ProtestNotePojo extends RecordPojo {
  @JsonProperty("sender_id")
  public String senderId;

  @JsonProperty("recipient_id")
  public String recipientId;

  public String date;

  public String form;

  @JsonProperty("reference_number")
  public String referenceNumber;

  @JsonProperty("protested_act_ids")
  public List<String> protestedActIds;

  public Map<String, String> summary;

  public String language;

  @JsonProperty("other_report_of_id")
  public String otherReportOfId;
}
