package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The bean of a {@code session} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "legislature_id", "kind", "name", "number", "identifier", "parent_id", "start", "end", "source_ids"
})
public final class SessionPojo extends RecordPojo {
  @JsonProperty("legislature_id")
  public String legislatureId;

  public String kind;

  public Map<String, String> name;

  public Integer number;

  public String identifier;

  @JsonProperty("parent_id")
  public String parentId;

  public String start;

  public String end;
}
