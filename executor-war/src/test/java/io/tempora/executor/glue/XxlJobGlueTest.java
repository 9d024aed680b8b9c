package io.tempora.executor.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.xxl.job.core.context.XxlJobHelper;
import io.tempora.executor.glue.GroovyClasses.GlueCompileFailed;
import io.tempora.executor.glue.GroovyClasses.Key;
import io.tempora.executor.process.RecordingRun;
import io.tempora.handler.HandlerResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Groovy glue as XXL-JOB's documentation writes it, compiled and run by the executor unchanged. */
class XxlJobGlueTest {

  /** XXL-JOB's default GLUE(Java) source (2.3 and later). */
  static final String DOCUMENTED = """
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

  /** XXL-JOB 2.0–2.2's default GLUE(Java) source. */
  static final String DOCUMENTED_2_X = """
      package com.xxl.job.service.handler;

      import com.xxl.job.core.log.XxlJobLogger;
      import com.xxl.job.core.biz.model.ReturnT;
      import com.xxl.job.core.handler.IJobHandler;
      import com.xxl.job.core.util.ShardingUtil;

      public class DemoGlueJobHandler extends IJobHandler {

      	@Override
      	public ReturnT<String> execute(String param) throws Exception {
      		XxlJobLogger.log("XXL-JOB, Hello World. param={}, shard {} of {}", param,
      		    ShardingUtil.getShardingVo().getIndex(), ShardingUtil.getShardingVo().getTotal());
      		return param == "bad" ? new ReturnT<String>(ReturnT.FAIL_CODE, "bad param") : ReturnT.SUCCESS;
      	}

      }
      """;

  static final String REPORTING = """
      import com.xxl.job.core.context.XxlJobHelper
      import com.xxl.job.core.handler.IJobHandler

      class Reporting extends IJobHandler {
        void execute() {
          String param = XxlJobHelper.getJobParam()
          XxlJobHelper.log("job {} shard {}/{} got {}", XxlJobHelper.getJobId(), XxlJobHelper.getShardIndex(),
              XxlJobHelper.getShardTotal(), param)
          switch (param) {
            case 'fail': XxlJobHelper.handleFail('it failed'); break
            case 'slow': XxlJobHelper.handleTimeout('too slow'); break
            case 'throw': throw new IllegalStateException('it threw')
            case 'trace': XxlJobHelper.log(new RuntimeException('traced')); XxlJobHelper.handleSuccess('traced'); break
            default: XxlJobHelper.handleSuccess("done ${param}")
          }
        }
      }
      """;

  private final GroovyClasses classes = new GroovyClasses(XxlJobGlueTest.class.getClassLoader(), 10);

  @AfterEach
  void close() {
    classes.close();
  }

  @Test
  void theDocumentedGlueRunsAndLogs() throws Exception {
    RecordingRun run = RecordingRun.of("");

    HandlerResult result = classes.handlerFor(new Key(1, 1), DOCUMENTED).handle(run);

    assertThat(result.succeeded()).isTrue();
    assertThat(run.lines()).containsExactly("XXL-JOB, Hello World.");
  }

  @Test
  void olderGlueReturningReturnTRunsWithItsParamAndShard() throws Exception {
    RecordingRun good = RecordingRun.of("good");
    RecordingRun bad = RecordingRun.of("bad");

    HandlerResult succeeded = classes.handlerFor(new Key(2, 1), DOCUMENTED_2_X).handle(good);
    HandlerResult failed = classes.handlerFor(new Key(2, 1), DOCUMENTED_2_X).handle(bad);

    assertThat(succeeded.succeeded()).isTrue();
    assertThat(good.lines()).containsExactly("XXL-JOB, Hello World. param=good, shard 1 of 3");
    assertThat(failed).isEqualTo(HandlerResult.failure("bad param"));
  }

  @Test
  void theHelpersResultBecomesTheRuns() throws Exception {
    var handler = classes.handlerFor(new Key(3, 1), REPORTING);

    RecordingRun ok = RecordingRun.of("ok");
    assertThat(handler.handle(ok)).isEqualTo(HandlerResult.success("done ok"));
    assertThat(ok.lines()).containsExactly("job 7 shard 1/3 got ok");
    assertThat(handler.handle(RecordingRun.of("fail"))).isEqualTo(HandlerResult.failure("it failed"));
    assertThatThrownBy(() -> handler.handle(RecordingRun.of("slow"))).isInstanceOf(TimeoutReported.class).hasMessage("too slow");
    assertThatThrownBy(() -> handler.handle(RecordingRun.of("throw"))).hasMessage("it threw");
    RecordingRun traced = RecordingRun.of("trace");
    assertThat(handler.handle(traced).message()).isEqualTo("traced");
    assertThat(traced.text()).contains("java.lang.RuntimeException: traced", "at ");
  }

  @Test
  void theContextEndsWithTheRun() throws Exception {
    classes.handlerFor(new Key(4, 1), REPORTING).handle(RecordingRun.of("ok"));

    assertThat(XxlJobHelper.getJobParam()).isNull();
    assertThat(XxlJobHelper.getShardIndex()).isEqualTo(-1);
    assertThat(XxlJobHelper.log("nowhere to go")).isFalse();
  }

  @Test
  void xxlGlueIsHeldToTheSameRestrictions() {
    String exits = DOCUMENTED.replace("XxlJobHelper.log(", "System.exit(0); XxlJobHelper.log(");

    assertThatThrownBy(() -> classes.handlerFor(new Key(5, 1), exits))
        .isInstanceOf(GlueCompileFailed.class)
        .hasMessageContaining("may not call System.exit");
  }

  @Test
  void glueOverridingNeitherExecuteFailsSayingSo() {
    String empty = "class Idle extends com.xxl.job.core.handler.IJobHandler {}";

    assertThatThrownBy(() -> classes.handlerFor(new Key(6, 1), empty).handle(RecordingRun.of("")))
        .hasMessageContaining("overrides neither execute() nor execute(String param)");
  }
}
