package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The bean of a {@code source} record as a user would write it instead of Chancery's record:
 * public fields, texts as maps, dates as text, references as ids, no validation.
 */
@JsonPropertyOrder({
  "type", "id", "kind", "title", "publisher", "author_name", "author_id", "url", "published_on",
  "retrieved_on", "language", "quotes", "source_ids"
})
public final class SourcePojo extends RecordPojo {
  public String kind;

  public Map<String, String> title;

  public String publisher;

  @JsonProperty("author_name")
  public String authorName;

  @JsonProperty("author_id")
  public String authorId;

  public String url;

  @JsonProperty("published_on")
  public String publishedOn;

  @JsonProperty("retrieved_on")
  public String retrievedOn;

  public String language;

  public List<String> quotes;
}
