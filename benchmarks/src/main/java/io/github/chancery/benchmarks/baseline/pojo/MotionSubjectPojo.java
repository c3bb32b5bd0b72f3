package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A subject of a {@code motion}: its kind, the ids it concerns, and a description. */
@JsonPropertyOrder({"kind", "concerning_ids", "description"})
public final class MotionSubjectPojo {
  public String kind;

  @JsonProperty("concerning_ids")
  public List<String> concerningIds;

  public Map<String, String> description;
}
