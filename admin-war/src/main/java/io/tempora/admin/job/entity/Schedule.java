package io.tempora.admin.job.entity;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a job fires. Cron expressions use Quartz syntax with seconds and are evaluated in the job's
 * time zone, so "0 0 2 * * ?" means 02:00 local time across daylight saving changes (a skipped local
 * time fires at the end of the gap, a repeated one once: see {@link SkippedLocalTimes}). Fixed rates and
 * delays take whole seconds or an ISO-8601 duration ({@link ScheduleInterval}).
 */
public sealed interface Schedule {

  ScheduleType type();

  String expression();

  ZoneId zone();

  /** The first fire strictly after {@code instant}, or empty if the schedule never fires again. */
  Optional<Instant> nextFireAfter(Instant instant);

  /**
   * Whether a fire waits for its run to end before the next is planned (FIX_DELAY): the scheduler then
   * stores one fire and leaves the next fire time empty until the run's end sets it.
   */
  default boolean waitsForRun() {
    return false;
  }

  /** Where a newly enabled schedule starts; empty for a schedule that fires only on demand. */
  default Optional<Instant> firstFireAfter(Instant now) {
    return nextFireAfter(now);
  }

  /** Parses and validates; throws {@link InvalidSchedule} naming what is wrong. */
  static Schedule of(ScheduleType type, String expression, ZoneId zone) {
    return switch (type) {
      case CRON -> Cron.parse(expression, zone);
      case FIX_RATE, FIX_DELAY -> ScheduleInterval.parse(type, expression, zone);
      case NONE -> new OnDemand(zone);
    };
  }

  record Cron(String expression, ZoneId zone, ExecutionTime executionTime) implements Schedule {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    private static final int PARSED_CACHE_LIMIT = 10_000;
    private static final Map<String, ExecutionTime> PARSED = new ConcurrentHashMap<>();

    static Cron parse(String expression, ZoneId zone) {
      if (expression == null || expression.isBlank()) {
        throw new InvalidSchedule("a CRON job needs a cron expression, e.g. '0 */5 * * * ?'");
      }
      String trimmed = expression.trim();
      ExecutionTime parsed = PARSED.get(trimmed);
      if (parsed == null) {
        try {
          parsed = ExecutionTime.forCron(PARSER.parse(trimmed).validate());
        } catch (IllegalArgumentException e) {
          throw new InvalidSchedule("'" + trimmed + "' is not a Quartz cron expression with seconds: " + e.getMessage());
        }
        if (PARSED.size() >= PARSED_CACHE_LIMIT) {
          PARSED.clear();
        }
        PARSED.put(trimmed, parsed);
      }
      return new Cron(trimmed, zone, parsed);
    }

    @Override
    public ScheduleType type() {
      return ScheduleType.CRON;
    }

    /** An enabled cron job that can never fire would sit in the job list looking scheduled. */
    @Override
    public Optional<Instant> firstFireAfter(Instant now) {
      Optional<Instant> first = nextFireAfter(now);
      if (first.isEmpty()) {
        throw new InvalidSchedule("'" + expression + "' never fires after " + now.truncatedTo(ChronoUnit.SECONDS)
            + " (a date that does not exist or a year that has passed); an enabled job needs a schedule that fires");
      }
      return first;
    }

    @Override
    public Optional<Instant> nextFireAfter(Instant instant) {
      // cron-utils carries sub-second parts into its answer; fires are on whole seconds
      ZonedDateTime from = ZonedDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS);
      Optional<Instant> regular = executionTime.nextExecution(from).map(ZonedDateTime::toInstant);
      Optional<Instant> owedToGap = SkippedLocalTimes.fireInGap(executionTime, zone, from.toInstant(), regular);
      return owedToGap.isPresent() ? owedToGap : regular;
    }
  }

  /**
   * FIX_RATE fires every {@code period}; FIX_DELAY (XXL-JOB's) fires {@code period} after the previous
   * fire's run ended, so it {@link #waitsForRun() waits for the run}, and {@link #nextFireAfter} answers
   * as if a run took no time: the fire after one that ended at {@code instant}. The scheduler asks it
   * with the run's real end.
   */
  record Periodic(ScheduleType type, String expression, ZoneId zone, Duration period) implements Schedule {

    @Override
    public boolean waitsForRun() {
      return type == ScheduleType.FIX_DELAY;
    }

    @Override
    public Optional<Instant> nextFireAfter(Instant instant) {
      return Optional.of(instant.plus(period));
    }
  }

  record OnDemand(ZoneId zone) implements Schedule {

    @Override
    public ScheduleType type() {
      return ScheduleType.NONE;
    }

    @Override
    public String expression() {
      return null;
    }

    @Override
    public Optional<Instant> nextFireAfter(Instant instant) {
      return Optional.empty();
    }
  }
}
