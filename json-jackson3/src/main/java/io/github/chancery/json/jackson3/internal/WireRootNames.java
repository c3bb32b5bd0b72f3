package io.github.chancery.json.jackson3.internal;

import io.github.chancery.json.internal.WireNames;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Names the root of Chancery's values by their wire names, for {@code WRAP_ROOT_VALUE}: a vote is
 * wrapped as {@code {"vote":{...}}}, a date as {@code {"partial_date":"2020"}}, never by a
 * generated class's name. Other classes are left to the mapper's other introspectors.
 *
 * <p>Stateless and thread-safe.
 */
public final class WireRootNames extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  /** Creates the introspector. */
  public WireRootNames() {}

  @Override
  public PropertyName findRootName(MapperConfig<?> config, AnnotatedClass type) {
    String name = WireNames.rootName(type.getRawType());
    return name == null ? null : PropertyName.construct(name);
  }
}
