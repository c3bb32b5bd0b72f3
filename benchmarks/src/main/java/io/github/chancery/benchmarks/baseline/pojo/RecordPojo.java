package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The base of the hand-written beans of records: what every record has ({@code type}, {@code id},
 * {@code source_ids}), and the {@code type} property that selects the bean of each record type.
 * The {@code type} stays a field of the bean ({@code visible}), as the wire format has it.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(value = StatePojo.class, name = "state"),
  @JsonSubTypes.Type(value = DisputedEntityPojo.class, name = "disputed_entity"),
  @JsonSubTypes.Type(value = OrganizationPojo.class, name = "organization"),
  @JsonSubTypes.Type(value = PersonPojo.class, name = "person"),
  @JsonSubTypes.Type(value = MembershipPojo.class, name = "membership"),
  @JsonSubTypes.Type(value = LegislaturePojo.class, name = "legislature"),
  @JsonSubTypes.Type(value = SessionPojo.class, name = "session"),
  @JsonSubTypes.Type(value = MotionPojo.class, name = "motion"),
  @JsonSubTypes.Type(value = VotePojo.class, name = "vote"),
  @JsonSubTypes.Type(value = ProtestNotePojo.class, name = "protest_note"),
  @JsonSubTypes.Type(value = StatementPojo.class, name = "statement"),
  @JsonSubTypes.Type(value = TreatyPojo.class, name = "treaty"),
  @JsonSubTypes.Type(value = SourcePojo.class, name = "source")
})
public abstract class RecordPojo {
  public String type;

  public String id;

  @JsonProperty("source_ids")
  public List<String> sourceIds;
}
