package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * What every job lane is built with.
 *
 * @param pool the threads all lanes share
 * @param watchdogs schedules the interrupt of a run that overstays its timeout, and idle-lane sweeps
 * @param stopGrace how long an interrupted handler may take to return before it is abandoned
 * @param glueTimeout the timeout of a glue run whose job sets none (zero: none)
 * @param execute runs one run's handler on the calling thread and says how it went
 * @param ended called once for every run, however it ended
 */
public record LaneTools(
    RunnerPool pool,
    ScheduledExecutorService watchdogs,
    int queueCapacity,
    Duration idleTimeout,
    Duration stopGrace,
    Duration glueTimeout,
    BiFunction<Run, PluginHandler, Outcome> execute,
    Consumer<Run> ended) {}
