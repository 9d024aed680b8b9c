package io.tempora.systemtest.run;

import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.client.model.Job;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunPage;
import io.tempora.client.model.TriggerType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.fixture.RawHttp.Answer;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listing runs by job, trigger type and due time, page by page with keyset paging. */
@SystemTest
class RunListingIT {

  private final TemporaServers servers;
  private final Admin admin;

  RunListingIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void keysetPagesWalkEveryRunOnceNewestFirstAndFiltersNarrowThem() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
    List<Long> triggered = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      triggered.add(admin.trigger(job, "run " + i));
    }
    triggered.forEach(admin::awaitFinal);

    List<Long> walked = new ArrayList<>();
    Long beforeId = null;
    do {
      RunPage page = admin.runs.listRuns(job.getId(), null, null, null, null, beforeId, 0, 2);
      page.getItems().forEach(run -> walked.add(run.getId()));
      beforeId = page.getNextBeforeId();
    } while (beforeId != null);

    assertThat(walked).containsExactlyElementsOf(triggered.stream().sorted(Comparator.reverseOrder()).toList());
    assertThat(ids(admin.runs.listRuns(job.getId(), null, TriggerType.MANUAL, before, null, null, 0, 20)))
        .containsExactlyInAnyOrderElementsOf(triggered);
    assertThat(admin.runs.listRuns(job.getId(), null, TriggerType.CRON, null, null, null, 0, 20).getTotal()).isZero();
    assertThat(admin.runs.listRuns(job.getId(), null, null, OffsetDateTime.now().plusHours(1), null, null, 0, 20)
        .getItems()).isEmpty();
    assertThat(admin.runs.listRuns(job.getId(), null, null, null, before, null, 0, 20).getItems()).isEmpty();
  }

  @Test
  void aTimeThatIsNotAnInstantIsRefusedNamingTheParameter() throws Exception {
    Answer answer = new RawHttp().get(servers.adminUri().resolve("/api/v1/runs?dueFrom=yesterday"),
        Map.of("Authorization", "Bearer " + servers.apiToken()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.body()).contains("dueFrom").contains("ISO-8601");
  }

  private static List<Long> ids(RunPage page) {
    return page.getItems().stream().map(Run::getId).toList();
  }
}
