package io.tempora.executor.run;

import io.tempora.executor.handler.PluginHandler;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * What every job worker is built with.
 *
 * @param threads where worker threads come from (the container's managed thread factory)
 * @param watchdogs schedules the interrupt of a run that overstays its timeout
 * @param stopGrace how long an interrupted handler may take to return before it is abandoned
 * @param execute runs one run's handler on the calling thread and says how it went
 * @param ended called once for every run, however it ended
 */
public record WorkerTools(
    ThreadFactory threads,
    ScheduledExecutorService watchdogs,
    int queueCapacity,
    Duration idleTimeout,
    Duration stopGrace,
    BiFunction<Run, PluginHandler, Outcome> execute,
    Consumer<Run> ended) {}
