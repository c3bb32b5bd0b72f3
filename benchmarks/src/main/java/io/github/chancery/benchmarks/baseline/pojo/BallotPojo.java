package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A ballot of a {@code vote}: the voter's id, the option, and the optional group, role and weight. */
@JsonPropertyOrder({"voter_id", "option", "group_id", "role", "weight"})
public final class BallotPojo {
  @JsonProperty("voter_id")
  public String voterId;

  public String option;

  @JsonProperty("group_id")
  public String groupId;

  public String role;

  public BigDecimal weight;
}
