package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A recognition of a {@code disputed_entity}: by whom, when granted and when withdrawn. */
@JsonPropertyOrder({"recognised_by_id", "granted_on", "withdrawn_on"})
public final class RecognitionPojo {
  @JsonProperty("recognised_by_id")
  public String recognisedById;

  @JsonProperty("granted_on")
  public String grantedOn;

  @JsonProperty("withdrawn_on")
  public String withdrawnOn;
}
