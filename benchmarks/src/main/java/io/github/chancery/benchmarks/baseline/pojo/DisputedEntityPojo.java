package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code disputed_entity} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "name", "other_names", "claims", "recognitions", "internationally_recognised_as_part_of_id",
  "source_ids"
})
public final class DisputedEntityPojo extends RecordPojo {
  public Map<String, String> name;

  @JsonProperty("other_names")
  public List<OtherNamePojo> otherNames;

  public List<ClaimPojo> claims;

  public List<RecognitionPojo> recognitions;

  @JsonProperty("internationally_recognised_as_part_of_id")
  public String internationallyRecognisedAsPartOfId;
}
