package io.tempora.admin.schedule;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tempora.admin.cluster.entity.ClusterNode;
import io.tempora.admin.dispatch.control.DispatchOutcome;
import io.tempora.admin.dispatch.control.RecordDispatchOutcomes;
import io.tempora.admin.group.control.ExecutorGroups;
import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.WireDialect;
import io.tempora.admin.job.control.Jobs;
import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.Job;
import io.tempora.admin.job.entity.JobDefinition;
import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.job.entity.Schedule;
import io.tempora.admin.job.entity.ScheduleType;
import io.tempora.admin.platform.AdminConfig;
import io.tempora.admin.platform.AdminNode;
import io.tempora.admin.run.entity.TriggerType;
import io.tempora.admin.run.entity.Run;
import io.tempora.admin.run.entity.RunStatus;
import io.tempora.admin.schedule.control.ClaimDueJobs;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduler inside a real Payara Micro, on the database the build selects (H2 file or MariaDB):
 * the EJB timer beats, claims use SKIP LOCKED, and concurrent claimers never store a fire twice.
 */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

  @Deployment
  static WebArchive admin() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tempora.war")))
        .addClass(SchedulingIT.class)
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }

  @Inject ExecutorGroups groups;
  @Inject Jobs jobs;
  @Inject ClaimDueJobs claimDueJobs;
  @Inject RecordDispatchOutcomes recordOutcomes;
  @Inject AdminNode node;
  @Inject AdminConfig config;
  @Inject UserTransaction transaction;
  @PersistenceContext EntityManager em;

  @Test
  void heartbeatStoresEveryFireOfACronJobAndFailsThemWithoutAnExecutor() {
    Job job = jobs.create(definition(groupWithoutExecutors(), ScheduleType.CRON, "* * * * * ?"));

    await().atMost(30, SECONDS).until(() -> finishedRunsOf(job.id()).size() >= 3);

    List<Run> runs = finishedRunsOf(job.id());
    for (Run run : runs) {
      assertEquals(RunStatus.FAILED, run.status());
      assertTrue(run.message().contains("no executor available"), run.message());
      assertEquals(0, run.dueAt().getNano(), "cron fires on whole seconds");
    }
    jobs.disable(job.id());
  }

  @Test
  void concurrentClaimersNeverStoreTheSameFireTwiceNorSkipOne() throws Exception {
    long group = groupWithoutExecutors();
    List<Long> jobIds = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      jobIds.add(jobs.create(definition(group, ScheduleType.CRON, "* * * * * ?")).id());
    }
    ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    Instant until = Instant.now().plusSeconds(4);
    List<Future<Integer>> claimers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      claimers.add(pool.submit(() -> {
        int claimed = 0;
        while (Instant.now().isBefore(until)) {
          claimed += claimDueJobs.claim();
        }
        return claimed;
      }));
    }
    for (Future<Integer> claimer : claimers) {
      claimer.get(60, SECONDS);
    }
    for (Long id : jobIds) {
      jobs.disable(id);
    }

    List<?> doubled = em.createQuery(
            "select r.jobId, r.dueAt from Run r where r.jobId in :ids group by r.jobId, r.dueAt having count(r) > 1")
        .setParameter("ids", jobIds)
        .getResultList();
    assertEquals(List.of(), doubled, "fires stored twice");
    for (Long id : jobIds) {
      List<Instant> due = em.createQuery("select r.dueAt from Run r where r.jobId = :id order by r.dueAt", Instant.class)
          .setParameter("id", id)
          .getResultList();
      assertTrue(due.size() >= 4, "job " + id + " got " + due.size() + " fires");
      long expected = Duration.between(due.get(0), due.get(due.size() - 1)).toSeconds() + 1;
      assertEquals(expected, due.size(), "job " + id + " lost a fire between " + due.get(0) + " and " + due.get(due.size() - 1));
    }
  }

  @Test
  void aJobLockedByAnotherNodeIsSkippedWithoutWaitingAndClaimedOnceReleased() throws Exception {
    Job job = jobs.create(definition(groupWithoutExecutors(), ScheduleType.FIX_RATE, "8"));
    Instant claimable = job.nextFireAt().minus(config.lookahead()).plusMillis(500);
    ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");

    transaction.begin();
    try {
      em.find(Job.class, job.id(), LockModeType.PESSIMISTIC_WRITE);
      await().atMost(15, SECONDS).until(() -> Instant.now().isAfter(claimable));
      Instant started = Instant.now();
      pool.submit(claimDueJobs::claim).get(30, SECONDS);
      Duration took = Duration.between(started, Instant.now());
      assertTrue(took.toMillis() < 2000, "the claim waited " + took + " for the locked job instead of skipping it");
      assertEquals(0L, runCount(job.id()), "claimed a job locked by another transaction");
    } finally {
      transaction.rollback();
    }
    await().atMost(30, SECONDS).until(() -> runCount(job.id()) >= 1);
    jobs.disable(job.id());
  }

  @Test
  void theUnsentRunsOfANodeWhoseBeatStopsAreTakenOverWithinSeconds() throws Exception {
    Job job = jobs.create(definition(groupWithoutExecutors(), ScheduleType.NONE, null));
    Instant now = Instant.now();
    transaction.begin();
    em.persist(new ClusterNode("ghost-" + UUID.randomUUID(), now));
    transaction.commit();
    String ghost = em.createQuery("select n.id from ClusterNode n where n.id like 'ghost-%' order by n.beatAt desc", String.class)
        .setMaxResults(1).getSingleResult();
    transaction.begin();
    Run run = Run.scheduled(job.id(), TriggerType.CRON, now.plusSeconds(1), "", ghost, now.plusSeconds(31), now);
    em.persist(run);
    transaction.commit();

    await().atMost(15, SECONDS).until(() -> em.find(Run.class, run.id()).status() != RunStatus.SCHEDULED);
    Run taken = em.find(Run.class, run.id());
    assertEquals(node.id(), taken.adminNode(), "taken over by the live node");
    assertEquals(RunStatus.FAILED, taken.status());
    assertTrue(taken.message().contains("no executor available"), taken.message());
    assertEquals(Boolean.FALSE, em.createQuery("select n.alive from ClusterNode n where n.id = :id", Boolean.class)
        .setParameter("id", ghost).getSingleResult(), "the silent node was declared dead");
    Duration late = Duration.between(taken.dueAt(), taken.firedAt());
    assertTrue(late.toMillis() < 5000, "taken over " + late + " after its due time");
  }

  @Test
  void disablingAJobCancelsItsStoredUnsentRunsWithTheReason() {
    Job job = jobs.create(definition(groupWithoutExecutors(), ScheduleType.CRON, "* * * * * ?"));
    await().atMost(30, SECONDS).until(() -> countIn(job.id(), RunStatus.SCHEDULED) >= 2);

    jobs.disable(job.id());

    // a run handed to dispatch just before the disable is not cancelled: its outcome lands within milliseconds
    await().atMost(5, SECONDS).until(() -> countIn(job.id(), RunStatus.SCHEDULED) == 0L);
    List<Run> cancelled = em.createQuery("select r from Run r where r.jobId = :id and r.status = :s", Run.class)
        .setParameter("id", job.id()).setParameter("s", RunStatus.CANCELLED).getResultList();
    assertTrue(cancelled.size() >= 2, "cancelled " + cancelled.size());
    assertTrue(cancelled.get(0).message().contains("was disabled before the run was sent"), cancelled.get(0).message());
    long before = runCount(job.id());
    await().pollDelay(3, SECONDS).atMost(10, SECONDS).until(() -> true);
    assertEquals(before, runCount(job.id()), "no run of a disabled job is stored or sent afterwards");
  }

  @Test
  void dispatchOutcomesAreWrittenInOneBatchAndAFailureStoresItsRetry() throws Exception {
    JobDefinition retried = new JobDefinition(groupWithoutExecutors(), "it", Schedule.of(ScheduleType.NONE, null, ZoneOffset.UTC),
        MisfirePolicy.DO_NOTHING, MisfirePolicy.DEFAULT_CATCH_UP_LIMIT, RouteStrategy.FIRST, BlockStrategy.SERIAL_EXECUTION, "echo", "", 0, 1, GlueType.BEAN, null, true);
    Job job = jobs.create(retried);
    Instant now = Instant.now();
    List<Run> runs = new ArrayList<>();
    transaction.begin();
    for (int i = 0; i < 3; i++) {
      Run run = Run.scheduled(job.id(), TriggerType.MANUAL, now.plusSeconds(600), "", "elsewhere", now.plusSeconds(630), now);
      em.persist(run);
      runs.add(run);
    }
    transaction.commit();

    recordOutcomes.apply(List.of(
        new DispatchOutcome(runs.get(0).id(), "http://e1/", DispatchOutcome.Kind.ACCEPTED, null, now),
        new DispatchOutcome(runs.get(1).id(), "http://e1/", DispatchOutcome.Kind.UNCONFIRMED, "did not confirm", now),
        new DispatchOutcome(runs.get(2).id(), "http://e1/", DispatchOutcome.Kind.FAILED, "refused", now)));

    assertEquals(RunStatus.DISPATCHED, em.find(Run.class, runs.get(0).id()).status());
    Run unconfirmed = em.find(Run.class, runs.get(1).id());
    assertEquals(RunStatus.DISPATCHED, unconfirmed.status(), "unconfirmed counts as dispatched, not failed");
    assertEquals("did not confirm", unconfirmed.message());
    assertEquals(RunStatus.FAILED, em.find(Run.class, runs.get(2).id()).status());
    Run retry = em.createQuery("select r from Run r where r.retryOf = :id", Run.class)
        .setParameter("id", runs.get(2).id()).getSingleResult();
    assertEquals(2, retry.attempt());
    assertEquals(TriggerType.RETRY, retry.triggerType());
  }

  private long countIn(long jobId, RunStatus status) {
    return em.createQuery("select count(r) from Run r where r.jobId = :id and r.status = :s", Long.class)
        .setParameter("id", jobId).setParameter("s", status).getSingleResult();
  }

  private long groupWithoutExecutors() {
    String app = "it-" + UUID.randomUUID().toString().substring(0, 8);
    return groups.create(app, "integration test", AddressMode.AUTO, List.of(), WireDialect.XXL_3_3).id();
  }

  private static JobDefinition definition(long group, ScheduleType type, String expression) {
    return new JobDefinition(group, "it", Schedule.of(type, expression, ZoneOffset.UTC), MisfirePolicy.DO_NOTHING,
        MisfirePolicy.DEFAULT_CATCH_UP_LIMIT, RouteStrategy.FIRST, BlockStrategy.SERIAL_EXECUTION, "echo", "", 0, 0, GlueType.BEAN, null, true);
  }

  private List<Run> finishedRunsOf(long jobId) {
    return em.createQuery("select r from Run r where r.jobId = :id and r.finishedAt is not null order by r.dueAt", Run.class)
        .setParameter("id", jobId)
        .getResultList();
  }

  private long runCount(long jobId) {
    return em.createQuery("select count(r) from Run r where r.jobId = :id", Long.class).setParameter("id", jobId).getSingleResult();
  }
}
