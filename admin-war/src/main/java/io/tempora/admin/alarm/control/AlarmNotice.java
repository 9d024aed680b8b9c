package io.tempora.admin.alarm.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tempora.admin.alarm.entity.AlarmEvent;
import io.tempora.admin.platform.JsonProvider;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** What an alarm says about a run: the webhook's JSON body, and the mail's subject and text. */
public record AlarmNotice(
    long alarmId,
    AlarmEvent event,
    long jobId,
    String jobName,
    long runId,
    int attempt,
    RunStatus status,
    String message,
    Instant dueAt,
    Instant finishedAt,
    String executorAddress) {

  static AlarmNotice of(long alarmId, AlarmEvent event, Run run, String jobName) {
    return new AlarmNotice(alarmId, event, run.jobId(), jobName, run.id(), run.attempt(), run.status(), run.message(),
        run.dueAt(), run.finishedAt(), run.executorAddress());
  }

  public String subject() {
    return "[Tempora] " + event + ": job " + job() + ", run " + runId;
  }

  public String text() {
    return "Job:       " + job() + "\n"
        + "Run:       " + runId + " (attempt " + attempt + ")\n"
        + "Status:    " + status + "\n"
        + "Message:   " + (message == null ? "" : message) + "\n"
        + "Due:       " + dueAt + "\n"
        + "Finished:  " + (finishedAt == null ? "" : finishedAt) + "\n"
        + "Executor:  " + (executorAddress == null ? "" : executorAddress) + "\n";
  }

  public byte[] json() {
    try {
      return JsonProvider.MAPPER.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alarm notice is plain data and always serialises", e);
    }
  }

  private String job() {
    return (jobName == null ? "(deleted)" : "'" + jobName + "'") + " (" + jobId + ")";
  }
}
