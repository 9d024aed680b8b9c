package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tempora.client.ApiException;
import io.tempora.client.ApiResponse;
import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.TriggerRequest;
import io.tempora.client.model.TriggerResponse;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A trigger's Idempotency-Key and executor address, through the generated client. */
@SystemTest
class TriggerOptionsIT {

  private final TemporaServers servers;
  private final Admin admin;

  TriggerOptionsIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void aRepeatedIdempotencyKeyAnswersWithTheFirstRunAndStoresNothing() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    String key = UUID.randomUUID().toString();

    ApiResponse<TriggerResponse> first = admin.jobs.triggerJobWithHttpInfo(job.getId(), key, new TriggerRequest().params("once"));
    ApiResponse<TriggerResponse> repeat = admin.jobs.triggerJobWithHttpInfo(job.getId(), key, new TriggerRequest().params("once"));
    long other = admin.jobs.triggerJob(job.getId(), UUID.randomUUID().toString(), null).getRunId();

    assertThat(first.getStatusCode()).isEqualTo(202);
    assertThat(repeat.getStatusCode()).isEqualTo(200);
    assertThat(repeat.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
    assertThat(repeat.getData().getRunId()).isEqualTo(first.getData().getRunId());
    assertThat(other).isNotEqualTo(first.getData().getRunId());
    admin.awaitFinal(other);
    assertThat(admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 10).getTotal()).isEqualTo(2);
  }

  @Test
  void requestsRacingWithOneKeyMakeOneRun() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    String key = UUID.randomUUID().toString();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Long>> racers = IntStream.range(0, 8)
          .<Callable<Long>>mapToObj(i -> () -> admin.jobs.triggerJob(job.getId(), key, null).getRunId()).toList();
      Set<Long> runIds = callers.invokeAll(racers).stream().map(TriggerOptionsIT::get).collect(Collectors.toSet());

      assertThat(runIds).hasSize(1);
      assertThat(admin.awaitFinal(runIds.iterator().next()).getStatus()).isEqualTo(RunStatus.SUCCEEDED);
      assertThat(admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 10).getTotal()).isEqualTo(1);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void anUnusableKeyIsRefusedNamingTheHeader() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));

    ApiException tooLong = catchThrowableOfType(
        () -> admin.jobs.triggerJob(job.getId(), "k".repeat(201), null), ApiException.class);

    assertThat(tooLong.getCode()).isEqualTo(400);
    assertThat(tooLong.getResponseBody()).contains("Idempotency-Key");
    assertThat(admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 10).getTotal()).isZero();
  }

  @Test
  void aTriggerRunsOnTheExecutorItNamesIfItIsOneOfTheGroups() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    String withoutSlash = servers.executorAddress().replaceAll("/$", "");

    Run named = admin.awaitFinal(admin.jobs.triggerJob(job.getId(), null,
        new TriggerRequest().params("there").executorAddress(withoutSlash)).getRunId());
    ApiException elsewhere = catchThrowableOfType(() -> admin.jobs.triggerJob(job.getId(), null,
        new TriggerRequest().executorAddress("http://203.0.113.9:9999/")), ApiException.class);

    assertThat(named.getStatus()).as(named.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(named.getExecutorAddress()).isEqualTo(servers.executorAddress());
    assertThat(elsewhere.getCode()).isEqualTo(400);
    assertThat(elsewhere.getResponseBody()).contains("executorAddress").contains("must be one of the executors");
    assertThat(admin.runs.listRuns(job.getId(), null, null, null, null, null, 0, 10).getTotal()).isEqualTo(1);
  }

  private static long get(Future<Long> answer) {
    try {
      return answer.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
