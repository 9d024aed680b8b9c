package io.tempora.admin.glue.boundary;

import io.tempora.admin.glue.entity.GlueVersionHeader;
import io.tempora.admin.job.entity.GlueType;
import java.time.Instant;

/** A kept glue version as listings show it, without its source. */
public record GlueVersionSummary(int version, GlueType glueType, String remark, String author, Instant createdAt) {

  static GlueVersionSummary of(GlueVersionHeader header) {
    return new GlueVersionSummary(header.version(), header.glueType(), header.remark(), header.author(), header.createdAt());
  }
}
