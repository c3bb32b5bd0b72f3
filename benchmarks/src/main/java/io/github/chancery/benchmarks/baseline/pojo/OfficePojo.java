package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An office of a {@code person}: the role, the organization's id, and start and end dates as text. */
@JsonPropertyOrder({"role", "organization_id", "start", "end"})
public final class OfficePojo {
  public String role;

  @JsonProperty("organization_id")
  public String organizationId;

  public String start;

  public String end;
}
