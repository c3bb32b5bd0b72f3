package io.github.chancery.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The plain Jackson mapper of the baseline: databind over the hand-written beans, no Chancery
 * module and no validation. Unknown properties fail, so a bean cannot skip a field of the JSON it
 * is compared on; absent and empty values are left out when writing, as Chancery's canonical
 * form does, so that a bean written back gives Chancery's bytes.
 */
public final class PojoJson {
  private PojoJson() {}

  /**
   * Returns a new mapper of the beans; create it once and reuse it.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }
}
