package io.tempora.admin.alarm.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * POSTs an alarm's JSON to the job's webhook, signed with the job's secret. Any 2xx is delivered;
 * anything else, or no answer within 10 s, is a failed attempt. Redirects are not followed, so the
 * signed body goes nowhere but the configured URL.
 */
@ApplicationScoped
class WebhookChannel {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final String DELIVERY_HEADER = "X-Tempora-Delivery";
  static final String EVENT_HEADER = "X-Tempora-Event";

  @Resource ManagedThreadFactory threads;

  private ExecutorService clientThreads;
  private HttpClient http;

  @PostConstruct
  void open() {
    clientThreads = Executors.newCachedThreadPool(threads);
    http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(clientThreads)
        .build();
  }

  @PreDestroy
  void close() {
    clientThreads.shutdownNow();
  }

  void send(String url, String secret, AlarmNotice notice) throws AlarmNotDelivered {
    if (secret == null) {
      throw new AlarmNotDelivered("the job's webhook was removed or has no secret; the alarm cannot be signed");
    }
    byte[] body = notice.json();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
        .header(DELIVERY_HEADER, Long.toString(notice.alarmId()))
        .header(EVENT_HEADER, notice.event().name())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status < 200 || status > 299) {
        throw new AlarmNotDelivered("the webhook answered HTTP " + status);
      }
    } catch (HttpTimeoutException e) {
      throw new AlarmNotDelivered("the webhook did not answer within " + TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      throw new AlarmNotDelivered("the webhook could not be reached: " + Reasons.of(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AlarmNotDelivered("the admin stopped while calling the webhook");
    }
  }
}
