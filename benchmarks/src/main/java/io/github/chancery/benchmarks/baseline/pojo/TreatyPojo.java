package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code treaty} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "title", "kind", "party_ids", "signatures", "mediator_ids", "concluded_on",
  "concluded_at", "entry_into_force", "status", "depositary_id", "un_registration_number",
  "authentic_languages", "participant_actions", "other_report_of_id", "source_ids"
})
public final class TreatyPojo extends RecordPojo {
  public Map<String, String> title;

  public String kind;

  @JsonProperty("party_ids")
  public List<String> partyIds;

  public List<SignaturePojo> signatures;

  @JsonProperty("mediator_ids")
  public List<String> mediatorIds;

  @JsonProperty("concluded_on")
  public String concludedOn;

  @JsonProperty("concluded_at")
  public String concludedAt;

  @JsonProperty("entry_into_force")
  public String entryIntoForce;

  public String status;

  @JsonProperty("depositary_id")
  public String depositaryId;

  @JsonProperty("un_registration_number")
  public String unRegistrationNumber;

  @JsonProperty("authentic_languages")
  public List<String> authenticLanguages;

  @JsonProperty("participant_actions")
  public List<ParticipantActionPojo> participantActions;

  @JsonProperty("other_report_of_id")
  public String otherReportOfId;
}
