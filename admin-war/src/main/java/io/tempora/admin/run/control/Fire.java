package io.tempora.admin.run.control;

import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * The runs of one fire: one, or a SHARDING_BROADCAST fire's shards with their retries. Its outcome
 * is that of each shard's last attempt: PENDING while one of them has not ended, SUCCEEDED when all
 * succeeded, FAILED otherwise.
 */
public record Fire(long fireId, List<Run> runs) {

  public enum Outcome { PENDING, SUCCEEDED, FAILED }

  public Outcome outcome() {
    Collection<Run> lastAttempts = runs.stream()
        .collect(Collectors.toMap(Run::shardIndex, run -> run,
            BinaryOperator.maxBy(Comparator.comparingInt(Run::attempt))))
        .values();
    if (lastAttempts.stream().anyMatch(run -> !run.status().isFinal())) {
      return Outcome.PENDING;
    }
    return lastAttempts.stream().allMatch(run -> run.status() == RunStatus.SUCCEEDED) ? Outcome.SUCCEEDED : Outcome.FAILED;
  }

  public int shardTotal() {
    return runs.isEmpty() ? 0 : runs.get(0).shardTotal();
  }

  public long jobId() {
    return runs.get(0).jobId();
  }
}
