package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A count of a {@code vote}: {@code option}, {@code value}, {@code group_id}. */
@JsonPropertyOrder({"option", "value", "group_id"})
public final class CountPojo {
  public String option;

  public int value;

  @JsonProperty("group_id")
  public String groupId;
}
