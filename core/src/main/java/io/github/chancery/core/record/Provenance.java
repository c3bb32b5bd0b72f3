package io.github.chancery.core.record;

/**
 * A record that other records can cite as where their facts come from: a news article, a tweet,
 * an official record.
 *
 * <p>A role, like {@link Actor}: {@link ChanceryRecord#sources()} refers to provenance by this
 * role rather than by the source record type, so that the kernel of records depends on no
 * domain package. Implemented only by the record types of this library; every implementation is
 * immutable and thread-safe.
 */
public interface Provenance extends ChanceryRecord {}
