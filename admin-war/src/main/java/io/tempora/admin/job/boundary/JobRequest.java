package io.tempora.admin.job.boundary;

import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.job.entity.ScheduleType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A job as the API receives it; absent optional fields take XXL-JOB's defaults. A class with fields
 * rather than a record: Payara's OpenAPI scanner fails on constraints of record constructor parameters.
 */
public class JobRequest {
  @NotNull public Long groupId;
  @NotBlank @Size(max = 100) public String name;
  @NotNull public ScheduleType scheduleType;
  @Size(max = 120) public String scheduleExpression;
  @Size(max = 64) public String timeZone;
  @Size(max = 255) public String handler;
  @Size(max = 4000) public String params;
  public RouteStrategy routeStrategy;
  public BlockStrategy blockStrategy;
  @Min(0) @Max(86_400) public Integer timeoutSeconds;
  @Min(0) @Max(10) public Integer retryCount;
  public MisfirePolicy misfirePolicy;
  @Min(1) @Max(MisfirePolicy.MAX_CATCH_UP_LIMIT) public Integer catchUpLimit;
  public GlueType glueType;
  @Size(max = 1_000_000) public String glueSource;
  /** Why the glue changed, kept with the glue version this save records. */
  @Size(max = 500) public String glueRemark;
  public Boolean enabled;
  @Size(max = 1000) public List<Long> childJobIds;
  @Min(1) @Max(36_500) public Integer retentionDays;
  @Min(1) @Max(10_000_000) public Integer retentionCount;
}
