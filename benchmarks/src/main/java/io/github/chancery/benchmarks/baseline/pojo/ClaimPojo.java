package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** A claim of a {@code disputed_entity}: its kind, when it was proclaimed, and the name claimed. */
@JsonPropertyOrder({"kind", "proclaimed_on", "claimed_name"})
public final class ClaimPojo {
  public String kind;

  @JsonProperty("proclaimed_on")
  public String proclaimedOn;

  @JsonProperty("claimed_name")
  public Map<String, String> claimedName;
}
