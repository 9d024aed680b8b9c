package io.tempora.admin.alarm.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the outbox: claim due alarms, deliver them in parallel on a few container threads (no
 * transaction is open meanwhile), record how each went.
 */
@ApplicationScoped
public class SendAlarms {

  static final int SENDERS = 4;
  private static final Logger LOG = Logger.getLogger(SendAlarms.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject ClaimDueAlarms claims;
  @Inject EmailChannel email;
  @Inject WebhookChannel webhook;
  @Inject RecordAlarmOutcomes outcomes;

  private ExecutorService senders;

  @PostConstruct
  void open() {
    senders = Executors.newFixedThreadPool(SENDERS, threads);
  }

  @PreDestroy
  void close() {
    senders.shutdownNow();
  }

  /** Returns whether a full batch was claimed, i.e. more may be due right away. */
  public boolean sendDue() {
    List<Delivery> due = claims.claim();
    List<CompletableFuture<AlarmOutcome>> sending =
        due.stream().map(delivery -> CompletableFuture.supplyAsync(() -> deliver(delivery), senders)).toList();
    outcomes.record(sending.stream().map(CompletableFuture::join).toList());
    return due.size() == ClaimDueAlarms.BATCH;
  }

  private AlarmOutcome deliver(Delivery delivery) {
    try {
      switch (delivery.channel()) {
        case EMAIL -> email.send(delivery.target(), delivery.notice());
        case WEBHOOK -> webhook.send(delivery.target(), delivery.secret(), delivery.notice());
      }
      return AlarmOutcome.sent(delivery);
    } catch (AlarmNotDelivered e) {
      return AlarmOutcome.failed(delivery, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "alarm " + delivery.alarmId() + " failed unexpectedly; it is retried with backoff", e);
      return AlarmOutcome.failed(delivery, "unexpected failure in the admin: " + Reasons.of(e));
    }
  }
}
