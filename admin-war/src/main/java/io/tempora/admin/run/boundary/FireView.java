package io.tempora.admin.run.boundary;

import io.tempora.admin.run.control.Fire;
import java.util.List;

/** A fire with its runs: every shard of a SHARDING_BROADCAST fire and their retries. */
public record FireView(long fireId, long jobId, int shardTotal, Fire.Outcome outcome, List<RunView> runs) {

  static FireView of(Fire fire) {
    return new FireView(fire.fireId(), fire.jobId(), fire.shardTotal(), fire.outcome(),
        fire.runs().stream().map(RunView::of).toList());
  }
}
