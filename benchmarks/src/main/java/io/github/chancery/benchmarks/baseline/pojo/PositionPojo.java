package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A position of a {@code statement}: the stance and the ids it concerns. */
@JsonPropertyOrder({"stance", "concerning_ids"})
public final class PositionPojo {
  public String stance;

  @JsonProperty("concerning_ids")
  public List<String> concerningIds;
}
