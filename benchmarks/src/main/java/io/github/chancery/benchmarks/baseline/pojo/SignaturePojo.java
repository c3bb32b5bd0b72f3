package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A signature of a {@code treaty}: signatory, on whose behalf, capacity, date and place. */
@JsonPropertyOrder({"signatory_id", "on_behalf_of_id", "capacity", "date", "place"})
public final class SignaturePojo {
  @JsonProperty("signatory_id")
  public String signatoryId;

  @JsonProperty("on_behalf_of_id")
  public String onBehalfOfId;

  public String capacity;

  public String date;

  public String place;
}
