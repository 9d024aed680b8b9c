package io.tempora.admin.glue.boundary;

import io.tempora.admin.glue.entity.GlueVersion;
import io.tempora.admin.job.entity.GlueType;
import java.time.Instant;

/** One kept glue version with its source. */
public record GlueVersionView(long jobId, int version, GlueType glueType, String source, String remark, String author,
    Instant createdAt) {

  static GlueVersionView of(GlueVersion v) {
    return new GlueVersionView(v.jobId(), v.version(), v.glueType(), v.source(), v.remark(), v.author(), v.createdAt());
  }
}
