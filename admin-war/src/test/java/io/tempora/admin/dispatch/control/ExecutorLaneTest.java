package io.tempora.admin.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ExecutorLaneTest {

  private final List<List<Sending>> sent = new ArrayList<>();
  private final List<CompletableFuture<Void>> answers = new ArrayList<>();

  private ExecutorLane lane(int maxInFlight, int batchLimit) {
    return new ExecutorLane(() -> new ExecutorLane.Policy(maxInFlight, batchLimit), batch -> {
      sent.add(batch);
      CompletableFuture<Void> answer = new CompletableFuture<>();
      answers.add(answer);
      return answer;
    });
  }

  @Test
  void anIdleExecutorGetsARunAtOnce() {
    ExecutorLane lane = lane(2, 100);
    lane.offer(runs(1));
    assertThat(sent).hasSize(1);
  }

  @Test
  void noMoreRequestsThanAllowedAreInFlightAndTheWaitingOnesLeaveTogether() {
    ExecutorLane lane = lane(2, 100);
    lane.offer(runs(1));
    lane.offer(runs(1));
    lane.offer(runs(30));
    lane.offer(runs(20));
    assertThat(sent).hasSize(2);
    assertThat(lane.waiting()).isEqualTo(50);

    answers.get(0).complete(null);
    assertThat(sent).hasSize(3);
    assertThat(sent.get(2)).hasSize(50);
    assertThat(lane.inFlight()).isEqualTo(2);
  }

  @Test
  void aBatchNeverCarriesMoreThanTheLimit() {
    ExecutorLane lane = lane(1, 10);
    lane.offer(runs(1));
    lane.offer(runs(25));
    answers.get(0).complete(null);
    answers.get(1).complete(null);
    answers.get(2).complete(null);
    assertThat(sent).extracting(List::size).containsExactly(1, 10, 10, 5);
  }

  @Test
  void aFailedRequestFreesItsPlace() {
    ExecutorLane lane = lane(1, 1);
    lane.offer(runs(2));
    answers.get(0).completeExceptionally(new java.io.IOException("reset"));
    assertThat(sent).hasSize(2);
  }

  @Test
  void aSenderThatThrowsFreesItsPlaceToo() {
    List<Integer> calls = new ArrayList<>();
    ExecutorLane lane = new ExecutorLane(() -> new ExecutorLane.Policy(1, 1), batch -> {
      calls.add(batch.size());
      throw new IllegalStateException("boom");
    });
    lane.offer(runs(3));
    assertThat(calls).hasSize(3);
    assertThat(lane.inFlight()).isZero();
  }

  private static List<Sending> runs(int count) {
    List<Sending> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      runs.add(new Sending(null, null, null));
    }
    return runs;
  }
}
