package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The bean of a {@code membership} record as a user would write it instead of Chancery's record:
 * public fields, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "member_id", "organization_id", "role", "post", "on_behalf_of_id", "session_id", "start", "end", "source_ids"
})
public final class MembershipPojo extends RecordPojo {
  @JsonProperty("member_id")
  public String memberId;

  @JsonProperty("organization_id")
  public String organizationId;

  public String role;

  public String post;

  @JsonProperty("on_behalf_of_id")
  public String onBehalfOfId;

  @JsonProperty("session_id")
  public String sessionId;

  public String start;

  public String end;
}
