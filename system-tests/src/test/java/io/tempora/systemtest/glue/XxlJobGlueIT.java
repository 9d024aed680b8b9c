package io.tempora.systemtest.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.tempora.client.model.GlueType;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobRequest;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunStatus;
import io.tempora.client.model.ScheduleType;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.Jobs;
import io.tempora.systemtest.fixture.RunLogReader;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Groovy glue written for XXL-JOB, as its documentation gives it, saved through the admin and run on a
 * Tempora executor unchanged; its result and log come back through the admin.
 */
@SystemTest
class XxlJobGlueIT {

  /** XXL-JOB's default GLUE(Java) source, 2.3 and later. */
  static final String DOCUMENTED_GLUE = """
      package com.xxl.job.service.handler;

      import com.xxl.job.core.context.XxlJobHelper;
      import com.xxl.job.core.handler.IJobHandler;

      public class DemoGlueJobHandler extends IJobHandler {

      	@Override
      	public void execute() throws Exception {
      		XxlJobHelper.log("XXL-JOB, Hello World.");
      	}

      }
      """;

  /** XXL-JOB 2.0–2.2's default GLUE(Java) source, with its param and a failure added. */
  static final String DOCUMENTED_GLUE_2_X = """
      package com.xxl.job.service.handler;

      import com.xxl.job.core.log.XxlJobLogger;
      import com.xxl.job.core.biz.model.ReturnT;
      import com.xxl.job.core.handler.IJobHandler;

      public class DemoGlueJobHandler extends IJobHandler {

      	@Override
      	public ReturnT<String> execute(String param) throws Exception {
      		XxlJobLogger.log("XXL-JOB, Hello World. param: {}", param);
      		if ("fail".equals(param)) {
      			return new ReturnT<String>(ReturnT.FAIL_CODE, "failed as asked");
      		}
      		return ReturnT.SUCCESS;
      	}

      }
      """;

  /** The documentation's sharding and result calls. */
  static final String REPORTING_GLUE = """
      import com.xxl.job.core.context.XxlJobHelper;
      import com.xxl.job.core.handler.IJobHandler;

      public class ShardingJobHandler extends IJobHandler {

      	@Override
      	public void execute() throws Exception {
      		int shardIndex = XxlJobHelper.getShardIndex();
      		int shardTotal = XxlJobHelper.getShardTotal();
      		String param = XxlJobHelper.getJobParam();
      		XxlJobHelper.log("job {}: shard {} of {}, param {}", XxlJobHelper.getJobId(), shardIndex, shardTotal, param);
      		if ("fail".equals(param)) {
      			XxlJobHelper.handleFail("nothing to do for " + param);
      		} else if ("slow".equals(param)) {
      			XxlJobHelper.handleTimeout("took too long");
      		} else if ("throw".equals(param)) {
      			throw new IllegalStateException("broke on purpose");
      		} else {
      			XxlJobHelper.handleSuccess("handled " + param);
      		}
      	}

      }
      """;

  private static final Duration LOG_END = Duration.ofSeconds(20);

  private final Admin admin;

  XxlJobGlueIT(TemporaServers servers) {
    this.admin = new Admin(servers);
  }

  @Test
  void theDocumentedGlueRunsAndItsLogIsReadToTheEnd() throws Exception {
    Job job = admin.create(groovyJob(DOCUMENTED_GLUE));

    long runId = admin.trigger(job, "");
    Run run = admin.awaitFinal(runId);

    assertThat(run.getStatus()).as(run.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(new RunLogReader(admin, runId).readToEnd(LOG_END)).contains("XXL-JOB, Hello World.");
  }

  @Test
  void theHelpersResultsBecomeTheRunsStatusAndMessage() throws Exception {
    Job job = admin.create(groovyJob(REPORTING_GLUE));

    Run succeeded = admin.awaitFinal(admin.trigger(job, "orders"));
    Run failed = admin.awaitFinal(admin.trigger(job, "fail"));
    Run timedOut = admin.awaitFinal(admin.trigger(job, "slow"));
    Run threw = admin.awaitFinal(admin.trigger(job, "throw"));

    assertThat(succeeded.getStatus()).as(succeeded.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(succeeded.getMessage()).isEqualTo("handled orders");
    assertThat(new RunLogReader(admin, succeeded.getId()).readToEnd(LOG_END))
        .contains("job " + job.getId() + ": shard 0 of 1, param orders");
    assertThat(failed.getStatus()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.getMessage()).isEqualTo("nothing to do for fail");
    assertThat(timedOut.getStatus()).isEqualTo(RunStatus.TIMED_OUT);
    assertThat(timedOut.getMessage()).isEqualTo("took too long");
    assertThat(threw.getStatus()).isEqualTo(RunStatus.FAILED);
    assertThat(threw.getMessage()).contains("broke on purpose");
  }

  @Test
  void olderGlueReturningReturnTRunsToo() throws Exception {
    Job job = admin.create(groovyJob(DOCUMENTED_GLUE_2_X));

    Run succeeded = admin.awaitFinal(admin.trigger(job, "p1"));
    Run failed = admin.awaitFinal(admin.trigger(job, "fail"));

    assertThat(succeeded.getStatus()).as(succeeded.toString()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(new RunLogReader(admin, succeeded.getId()).readToEnd(LOG_END)).contains("XXL-JOB, Hello World. param: p1");
    assertThat(failed.getStatus()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.getMessage()).isEqualTo("failed as asked");
  }

  private JobRequest groovyJob(String source) throws Exception {
    return new JobRequest()
        .groupId(admin.executorGroup().getId())
        .name(Jobs.uniqueName("xxl-glue"))
        .scheduleType(ScheduleType.NONE)
        .glueType(GlueType.GLUE_GROOVY)
        .glueSource(source)
        // the first Groovy compile counts against the run's time; on a loaded machine it has taken over the
        // executor's 15 s test glue timeout
        .timeoutSeconds(120);
  }
}
