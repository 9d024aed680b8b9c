package io.tempora.bench;

import io.tempora.client.ApiClient;
import io.tempora.client.ApiException;
import io.tempora.client.api.ExecutorGroupsApi;
import io.tempora.client.api.JobsApi;
import io.tempora.client.model.AddressMode;
import io.tempora.client.model.ExecutorGroup;
import io.tempora.client.model.ExecutorGroupRequest;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.ScheduleType;

/** The group and jobs the benchmark fires: {@code echo} jobs fired only by triggers, reused across runs. */
final class BenchJob {

  static final String JOB_NAME = "bench-echo";
  private static final int PAGE = 100;

  private final ExecutorGroupsApi groups;
  private final JobsApi jobs;

  BenchJob(ApiClient client) {
    this.groups = new ExecutorGroupsApi(client);
    this.jobs = new JobsApi(client);
  }

  /** {@code count} jobs named {@code bench-echo-0} …, found or created. */
  java.util.List<Job> prepare(String appName, int count) throws ApiException {
    ExecutorGroup group = groupFor(appName);
    if (group.getLiveAddresses() == null || group.getLiveAddresses().isEmpty()) {
      throw new IllegalStateException("no live executor registered as '" + appName
          + "': start the demo executor, or name its app with --app");
    }
    java.util.Map<String, Job> existing = new java.util.HashMap<>();
    for (int page = 0; ; page++) {
      var found = jobs.listJobs(group.getId(), null, null, null, null, page, PAGE);
      for (Job job : found.getItems()) {
        existing.putIfAbsent(job.getName(), job);
      }
      if (found.getItems().isEmpty() || (long) (page + 1) * found.getSize() >= found.getTotal()) {
        break;
      }
    }
    java.util.List<Job> chosen = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = JOB_NAME + "-" + i;
      Job job = existing.get(name);
      chosen.add(job != null ? job : jobs.createJob(new JobRequest().groupId(group.getId()).name(name)
          .scheduleType(ScheduleType.NONE).handler("echo").params("bench")));
    }
    return chosen;
  }

  private ExecutorGroup groupFor(String appName) throws ApiException {
    for (ExecutorGroup group : groups.listExecutorGroups()) {
      if (group.getAppName().equals(appName)) {
        return group;
      }
    }
    return groups.createExecutorGroup(
        new ExecutorGroupRequest().appName(appName).title("bench").addressMode(AddressMode.AUTO));
  }
}
