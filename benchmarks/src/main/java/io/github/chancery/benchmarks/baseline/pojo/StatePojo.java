package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code state} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({"type", "id", "country_code", "name", "other_names", "source_ids"})
public final class StatePojo extends RecordPojo {
  @JsonProperty("country_code")
  public String countryCode;

  public Map<String, String> name;

  @JsonProperty("other_names")
  public List<OtherNamePojo> otherNames;
}
