package io.github.chancery.benchmarks.baseline.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The bean of a dossier document, {@code {"format":"chancery-dossier","version":1,"records":[...]}},
 * whose records are read into the bean of their {@code type}.
 */
@JsonPropertyOrder({"format", "version", "records"})
public final class DossierPojo {
  public String format;

  public int version;

  public List<RecordPojo> records;
}
