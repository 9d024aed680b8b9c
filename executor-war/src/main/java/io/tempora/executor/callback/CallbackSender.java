package io.tempora.executor.callback;

import io.tempora.executor.platform.AdminClient;
import io.tempora.protocol.CallbackResult;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends the outbox to the first admin that accepts, on one managed thread. */
@ApplicationScoped
public class CallbackSender {

  private static final Logger LOG = Logger.getLogger(CallbackSender.class.getName());
  private static final Duration IDLE_POLL = Duration.ofSeconds(1);

  @Inject AdminClient admins;
  @Resource ManagedThreadFactory threads;

  private final CallbackOutbox outbox = new CallbackOutbox(Backoff.standard());
  private volatile boolean running;
  private Thread thread;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    running = true;
    thread = threads.newThread(this::sendUntilStopped);
    thread.setName("tempora-callbacks");
    thread.start();
  }

  public void report(CallbackResult result) {
    outbox.add(result);
  }

  private void sendUntilStopped() {
    while (running) {
      try {
        Duration pause = outbox.attempt(IDLE_POLL, this::deliver);
        if (!pause.isZero()) {
          LOG.warning(() -> outbox.pending() + " run results refused by every admin " + admins.admins()
              + "; kept in memory, will retry in " + pause.toSeconds() + " s");
          Thread.sleep(pause.toMillis());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "callback sender hit an unexpected error; results stay queued and it carries on", e);
      }
    }
  }

  private boolean deliver(List<CallbackResult> batch) {
    Optional<URI> accepted = admins.postToFirstAccepting("callback", batch);
    accepted.ifPresent(admin -> LOG.fine(() -> batch.size() + " run results accepted by " + admin));
    return accepted.isPresent();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
    int left = outbox.pending();
    if (left > 0) {
      LOG.warning(() -> left + " run results were never accepted by an admin and are lost with this process;"
          + " the admin will time those runs out");
    }
  }
}
