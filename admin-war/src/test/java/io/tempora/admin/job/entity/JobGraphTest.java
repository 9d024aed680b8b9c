package io.tempora.admin.job.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobGraphTest {

  private final JobGraph graph = new JobGraph(Map.of(1L, List.of(2L, 3L), 3L, List.of(4L), 4L, List.of(5L)));

  @Test
  void aJobThatReachesItselfThroughItsChildrenHasACycleNamedAsAPath() {
    assertThat(graph.with(5L, List.of(1L)).cycleThrough(5L)).contains(List.of(5L, 1L, 3L, 4L, 5L));
  }

  @Test
  void aJobAsItsOwnChildIsACycle() {
    assertThat(graph.with(2L, List.of(2L)).cycleThrough(2L)).contains(List.of(2L, 2L));
  }

  @Test
  void sharedChildrenWithoutALoopAreNoCycle() {
    JobGraph diamond = graph.with(2L, List.of(4L));

    assertThat(diamond.cycleThrough(1L)).isEmpty();
    assertThat(diamond.with(5L, List.of(6L)).cycleThrough(5L)).isEmpty();
  }

  @Test
  void replacingAJobsChildrenDropsItsOldLinks() {
    JobGraph looped = graph.with(4L, List.of(1L));

    assertThat(looped.cycleThrough(1L)).isPresent();
    assertThat(looped.with(4L, List.of()).cycleThrough(1L)).isEmpty();
  }
}
