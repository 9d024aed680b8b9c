package io.tempora.admin.run.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.TriggerType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FireTest {

  private static final Instant DUE = Instant.parse("2026-12-02T10:00:00Z");

  private static Run shard(int index, int total) {
    Run run = Run.scheduled(7, TriggerType.CRON, DUE, null, "node-a", DUE.plusSeconds(30), DUE).asShard(index, total, null);
    run.dispatched("http://e" + index + "/", DUE, null);
    return run;
  }

  @Test
  void aFireSucceedsWhenEveryShardSucceededAndIsPendingWhileOneRuns() {
    Run first = shard(0, 2);
    Run second = shard(1, 2);
    first.complete(200, "ok", DUE.plusSeconds(1));

    assertThat(new Fire(1, List.of(first, second)).outcome()).isEqualTo(Fire.Outcome.PENDING);
    second.complete(200, "ok", DUE.plusSeconds(1));
    assertThat(new Fire(1, List.of(first, second)).outcome()).isEqualTo(Fire.Outcome.SUCCEEDED);
  }

  @Test
  void aFailedShardFailsTheFireUnlessItsRetrySucceeds() {
    Run first = shard(0, 2);
    Run second = shard(1, 2);
    first.complete(200, "ok", DUE.plusSeconds(1));
    second.complete(500, "disk full", DUE.plusSeconds(1));
    assertThat(new Fire(1, List.of(first, second)).outcome()).isEqualTo(Fire.Outcome.FAILED);

    Run retry = second.retry(DUE.plusSeconds(5), "node-a", DUE.plusSeconds(35), DUE.plusSeconds(1));
    assertThat(retry.shardIndex()).isEqualTo(1);
    assertThat(new Fire(1, List.of(first, second, retry)).outcome()).isEqualTo(Fire.Outcome.PENDING);
    retry.dispatched("http://e1/", DUE.plusSeconds(5), null);
    retry.complete(200, "ok", DUE.plusSeconds(6));
    assertThat(new Fire(1, List.of(first, second, retry)).outcome()).isEqualTo(Fire.Outcome.SUCCEEDED);
  }
}
