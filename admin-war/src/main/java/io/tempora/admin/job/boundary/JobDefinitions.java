package io.tempora.admin.job.boundary;

import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.JobDefinition;
import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.Retention;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.job.entity.Schedule;
import io.tempora.admin.platform.InvalidField;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Turns a request into a definition: defaults filled in, schedule and zone parsed, handler checked. */
final class JobDefinitions {

  private JobDefinitions() {}

  static JobDefinition from(JobRequest r) {
    GlueType glueType = r.glueType == null ? GlueType.BEAN : r.glueType;
    if (glueType == GlueType.BEAN && (r.handler == null || r.handler.isBlank())) {
      throw new InvalidField("handler", "is required when glueType is BEAN");
    }
    if (glueType != GlueType.BEAN && (r.glueSource == null || r.glueSource.isBlank())) {
      throw new InvalidField("glueSource", "is required when glueType is " + glueType);
    }
    if (r.childJobIds != null && r.childJobIds.contains(null)) {
      throw new InvalidField("childJobIds", "must not contain null");
    }
    return new JobDefinition(
        r.groupId,
        r.name.trim(),
        Schedule.of(r.scheduleType, r.scheduleExpression, zone(r.timeZone)),
        r.misfirePolicy == null ? MisfirePolicy.DO_NOTHING : r.misfirePolicy,
        r.catchUpLimit == null ? MisfirePolicy.DEFAULT_CATCH_UP_LIMIT : r.catchUpLimit,
        r.routeStrategy == null ? RouteStrategy.FIRST : r.routeStrategy,
        r.blockStrategy == null ? BlockStrategy.SERIAL_EXECUTION : r.blockStrategy,
        r.handler == null ? null : r.handler.trim(),
        r.params == null ? "" : r.params,
        r.timeoutSeconds == null ? 0 : r.timeoutSeconds,
        r.retryCount == null ? 0 : r.retryCount,
        glueType,
        glueType == GlueType.BEAN ? null : r.glueSource,
        r.enabled == null || r.enabled,
        new Retention(r.retentionDays, r.retentionCount),
        r.childJobIds);
  }

  static ZoneId zone(String timeZone) {
    if (timeZone == null || timeZone.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(timeZone.trim());
    } catch (DateTimeException e) {
      throw new InvalidField("timeZone", "'" + timeZone + "' is not an IANA time zone id such as Europe/Berlin");
    }
  }
}
