package io.tempora.admin.glue.entity;

import io.tempora.admin.job.entity.GlueType;
import java.time.Instant;

/** A glue version without its source, for listings. */
public record GlueVersionHeader(int version, GlueType glueType, String remark, String author, Instant createdAt) {}
