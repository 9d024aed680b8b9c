package io.tempora.executor.callback;

import io.tempora.executor.platform.AdminClient;
import io.tempora.executor.platform.ExecutorConfig;
import io.tempora.executor.platform.JsonMapper;
import io.tempora.protocol.CallbackResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes ended runs into the spool and sends it to the first admin that accepts: one managed thread
 * writes groups of results to disk, another sends them, so neither a slow disk nor an absent admin holds
 * up the runs' threads or each other.
 */
@ApplicationScoped
public class CallbackSender {

  private static final Logger LOG = Logger.getLogger(CallbackSender.class.getName());
  private static final Duration IDLE_POLL = Duration.ofSeconds(1);

  @Inject ExecutorConfig config;
  @Inject AdminClient admins;
  @Inject JsonMapper json;
  @Resource ManagedThreadFactory threads;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private CallbackOutbox outbox;
  private CallbackDelivery delivery;
  private Thread sender;
  private Thread writer;

  @PostConstruct
  void open() {
    outbox = new CallbackOutbox(new CallbackSpool(config.spoolDir(), json.mapper()));
    CallbackDialect dialect = config.callbackDialect();
    delivery = new CallbackDelivery(outbox, Backoff.standard(),
        batch -> admins.postToFirstAccepting("callback", dialect.body(batch)).isPresent());
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    writer = threads.newThread(this::spoolUntilStopped);
    writer.setName("tempora-spool");
    writer.start();
    sender = threads.newThread(this::sendUntilStopped);
    sender.setName("tempora-callbacks");
    sender.start();
  }

  /** Queues the result for the spool; it is sent once it is on disk (or, if the disk refused it, said so). */
  public void report(CallbackResult result) {
    outbox.add(result);
  }

  /** Whether run {@code logId}'s result waits here for an admin, spooled now or by an earlier process. */
  public boolean holds(long logId) {
    return outbox.holds(logId);
  }

  private void spoolUntilStopped() {
    while (stopped.getCount() > 0) {
      try {
        if (outbox.awaitArrivals(IDLE_POLL)) {
          outbox.spoolArrived();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "spool writer hit an unexpected error; results wait in memory and it carries on", e);
      }
    }
  }

  private void sendUntilStopped() {
    while (stopped.getCount() > 0) {
      try {
        Duration pause = delivery.attempt(IDLE_POLL);
        if (!pause.isZero()) {
          LOG.warning(() -> "callback for " + outbox.pending() + " runs spooled to disk; no admin of "
              + admins.admins() + " accepted it, will retry in " + pause.toSeconds() + " s");
          stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "callback sender hit an unexpected error; results stay spooled and it carries on", e);
      }
    }
  }

  @PreDestroy
  void stop() {
    stopped.countDown();
    if (sender != null) {
      sender.interrupt();
    }
    // not interrupted: an interrupt closes the spool file's channel in the middle of its write
    awaitEnd(writer);
    outbox.writeThrough();
    long spooled = outbox.pending() - outbox.onlyInMemory();
    if (spooled > 0) {
      LOG.info(() -> spooled + " run results stay in the spool " + config.spoolDir() + " and are sent at the next start");
    }
    int lost = outbox.onlyInMemory();
    if (lost > 0) {
      LOG.severe(() -> lost + " run results could not be written to the spool and are lost with this process;"
          + " the admin will time those runs out");
    }
  }

  private static void awaitEnd(Thread thread) {
    if (thread == null) {
      return;
    }
    try {
      thread.join(IDLE_POLL.multipliedBy(3).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
