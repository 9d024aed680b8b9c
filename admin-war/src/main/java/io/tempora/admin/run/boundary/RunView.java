package io.tempora.admin.run.boundary;

import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import io.tempora.admin.run.entity.TriggerType;
import java.time.Duration;
import java.time.Instant;

public record RunView(
    long id,
    long jobId,
    TriggerType triggerType,
    RunStatus status,
    Instant dueAt,
    Instant firedAt,
    int attempt,
    int shardIndex,
    int shardTotal,
    String params,
    String executorAddress,
    String adminNode,
    Long latenessMillis,
    Integer handleCode,
    String message,
    Instant finishedAt,
    Long durationMillis,
    Long retryOf,
    String killedBy,
    long fireId,
    Long parentRunId) {

  static RunView of(Run run) {
    return new RunView(
        run.id(), run.jobId(), run.triggerType(), run.status(), run.dueAt(), run.firedAt(), run.attempt(),
        run.shardIndex(), run.shardTotal(), run.params(), run.executorAddress(), run.adminNode(),
        millis(run.lateness()), run.handleCode(), run.message(), run.finishedAt(), millis(run.duration()),
        run.retryOf(), run.killedBy(), run.fireId(), run.parentRunId());
  }

  private static Long millis(Duration duration) {
    return duration == null ? null : duration.toMillis();
  }
}
