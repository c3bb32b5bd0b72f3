package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code organization} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({"type", "id", "name", "other_names", "kind", "abbreviation", "parent_id", "source_ids"})
public final class OrganizationPojo extends RecordPojo {
  public Map<String, String> name;

  @JsonProperty("other_names")
  public List<OtherNamePojo> otherNames;

  public String kind;

  public String abbreviation;

  @JsonProperty("parent_id")
  public String parentId;
}
