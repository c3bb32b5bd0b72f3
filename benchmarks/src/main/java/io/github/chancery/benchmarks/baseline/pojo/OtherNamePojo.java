package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The bean of an actor's other name: public fields, dates as text, no validation. */
@JsonPropertyOrder({"name", "language", "kind", "start", "end", "note"})
public final class OtherNamePojo {
  public String name;

  public String language;

  public String kind;

  public String start;

  public String end;

  public String note;
}
