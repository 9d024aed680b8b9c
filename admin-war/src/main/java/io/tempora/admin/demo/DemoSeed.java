package io.tempora.admin.demo;

import io.tempora.admin.group.control.ExecutorGroups;
import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.group.entity.WireDialect;
import io.tempora.admin.job.control.Jobs;
import io.tempora.admin.job.entity.BlockStrategy;
import io.tempora.admin.job.entity.GlueType;
import io.tempora.admin.job.entity.JobDefinition;
import io.tempora.admin.job.entity.MisfirePolicy;
import io.tempora.admin.job.entity.RouteStrategy;
import io.tempora.admin.job.entity.Schedule;
import io.tempora.admin.job.entity.ScheduleType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/** Creates the demo group and job once, when the database has no group yet. */
@ApplicationScoped
public class DemoSeed {

  public static final String APP_NAME = "tempora-demo";
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

  @Inject ExecutorGroups groups;
  @Inject Jobs jobs;

  @Transactional
  public void seedIfEmpty() {
    if (groups.count() > 0) {
      return;
    }
    ExecutorGroup group = groups.create(APP_NAME, "Demo executor", AddressMode.AUTO, List.of(), WireDialect.XXL_3_3);
    jobs.create(new JobDefinition(
        group.id(), "demo: echo every 5 s", Schedule.of(ScheduleType.CRON, "*/5 * * * * ?", ZoneOffset.UTC),
        MisfirePolicy.DO_NOTHING, MisfirePolicy.DEFAULT_CATCH_UP_LIMIT, RouteStrategy.ROUND, BlockStrategy.SERIAL_EXECUTION, "echo",
        "hello from the Tempora demo", 0, 0, GlueType.BEAN, null, true));
    LOG.info("demo created: executor group '" + APP_NAME + "' and a job that echoes every 5 s");
  }
}
