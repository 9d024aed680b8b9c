package io.tempora.admin.job.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parent → child links between jobs; a job may not reach itself through them. */
public final class JobGraph {

  private final Map<Long, List<Long>> children;

  public JobGraph(Map<Long, List<Long>> children) {
    this.children = new HashMap<>(children);
  }

  /** The graph with {@code parent}'s children replaced. */
  public JobGraph with(long parent, List<Long> newChildren) {
    JobGraph changed = new JobGraph(children);
    changed.children.put(parent, List.copyOf(newChildren));
    return changed;
  }

  /** A path from {@code job} through its children back to itself (e.g. [7, 9, 7]), if there is one. */
  public Optional<List<Long>> cycleThrough(long job) {
    List<Long> path = new ArrayList<>(List.of(job));
    return search(job, job, path, new HashSet<>()) ? Optional.of(path) : Optional.empty();
  }

  private boolean search(long from, long target, List<Long> path, Set<Long> seen) {
    for (long child : children.getOrDefault(from, List.of())) {
      path.add(child);
      if (child == target || (seen.add(child) && search(child, target, path, seen))) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }
}
