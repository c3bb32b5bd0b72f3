package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code legislature} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "name", "other_names", "kind", "jurisdiction_id", "parent_id", "seat_count", "source_ids"
})
public final class LegislaturePojo extends RecordPojo {
  public Map<String, String> name;

  @JsonProperty("other_names")
  public List<OtherNamePojo> otherNames;

  public String kind;

  @JsonProperty("jurisdiction_id")
  public String jurisdictionId;

  @JsonProperty("parent_id")
  public String parentId;

  @JsonProperty("seat_count")
  public Integer seatCount;
}
