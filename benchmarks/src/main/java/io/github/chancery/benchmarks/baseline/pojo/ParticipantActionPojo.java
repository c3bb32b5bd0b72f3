package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A participant's action on a {@code treaty}: who, what kind, and when. */
@JsonPropertyOrder({"participant_id", "kind", "date"})
public final class ParticipantActionPojo {
  @JsonProperty("participant_id")
  public String participantId;

  public String kind;

  public String date;
}
