package io.tempora.bench.executor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tempora.protocol.ExecutorFeatures;
import io.tempora.protocol.ProtocolHeaders;
import io.tempora.protocol.Reply;
import io.tempora.protocol.TriggerBatch;
import io.tempora.protocol.TriggerOutcome;
import io.tempora.protocol.TriggerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Calls the executor as an admin does, over one keep-alive HTTP/1.1 client shared by every caller thread. */
final class RunCaller {

  /** The code of an outcome for which the executor gave no answer at all (connection refused, timeout, ...). */
  static final int NO_ANSWER = -1;

  private static final TypeReference<List<TriggerOutcome>> OUTCOMES = new TypeReference<>() {};
  private static final TypeReference<Reply<List<TriggerOutcome>>> BATCH_REPLY = new TypeReference<>() {};

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI executor;
  private final String token;
  private final String handler;
  private final String params;

  /** Runs go to the BEAN handler {@code handler} of the bundled plugin with {@code params}. */
  RunCaller(String executorUrl, String token, String handler, String params) {
    this.executor = URI.create(executorUrl);
    this.token = token;
    this.handler = handler;
    this.params = params;
  }

  /** Queues one run; returns the executor's answer, failed with the reason on any error. */
  Reply<?> run(long jobId, long logId) {
    return post("run", trigger(new Burst.Run(jobId, logId), Instant.now().toEpochMilli()));
  }

  /** Queues many runs in one {@code /tempora/runs} request; the reply holds one outcome per run. */
  Reply<List<TriggerOutcome>> runs(List<Burst.Run> runs) {
    Reply<?> reply = post(ExecutorFeatures.BATCH_TRIGGER_PATH, batch(runs));
    if (!reply.succeeded()) {
      return Reply.fail(reply.msg());
    }
    return Reply.ok(json.convertValue(reply.data(), OUTCOMES));
  }

  /**
   * Sends the runs without waiting for the answer: one {@code /run} for a single run, else one
   * {@code /tempora/runs}. The outcomes come one per run; {@link #NO_ANSWER} when the executor gave none.
   */
  CompletableFuture<List<TriggerOutcome>> sendAsync(List<Burst.Run> runs) {
    boolean single = runs.size() == 1;
    HttpRequest request = request(single ? "run" : ExecutorFeatures.BATCH_TRIGGER_PATH,
        single ? trigger(runs.get(0), Instant.now().toEpochMilli()) : batch(runs));
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(response -> outcomes(runs, single, response))
        .exceptionally(failure -> everyRun(runs, NO_ANSWER, failure.toString()));
  }

  private List<TriggerOutcome> outcomes(List<Burst.Run> runs, boolean single, HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      return everyRun(runs, NO_ANSWER, "HTTP " + response.statusCode() + ": " + new String(response.body()));
    }
    try {
      if (single) {
        Reply<?> reply = json.readValue(response.body(), Reply.class);
        return List.of(new TriggerOutcome(runs.get(0).logId(), reply.code(), reply.msg()));
      }
      Reply<List<TriggerOutcome>> reply = json.readValue(response.body(), BATCH_REPLY);
      return reply.succeeded() ? reply.data() : everyRun(runs, reply.code(), "batch refused: " + reply.msg());
    } catch (IOException e) {
      return everyRun(runs, NO_ANSWER, "unreadable answer: " + e.getMessage());
    }
  }

  private static List<TriggerOutcome> everyRun(List<Burst.Run> runs, int code, String msg) {
    return runs.stream().map(run -> new TriggerOutcome(run.logId(), code, msg)).toList();
  }

  private TriggerRequest trigger(Burst.Run run, long now) {
    return new TriggerRequest(run.jobId(), handler, params, "SERIAL_EXECUTION", 0, run.logId(), now, "BEAN", null, 0, 0, 1);
  }

  private TriggerBatch batch(List<Burst.Run> runs) {
    long now = Instant.now().toEpochMilli();
    return new TriggerBatch(runs.stream().map(run -> trigger(run, now)).toList());
  }

  Reply<?> beat() {
    return post("beat", java.util.Map.of());
  }

  private Reply<?> post(String path, Object body) {
    try {
      HttpResponse<byte[]> response = http.send(request(path, body), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        return Reply.fail("HTTP " + response.statusCode() + ": " + new String(response.body()));
      }
      return json.readValue(response.body(), Reply.class);
    } catch (JsonProcessingException e) {
      return Reply.fail("unreadable answer: " + e.getOriginalMessage());
    } catch (IOException | UncheckedIOException e) {
      return Reply.fail(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Reply.fail("interrupted");
    }
  }

  private HttpRequest request(String path, Object body) {
    try {
      return HttpRequest.newBuilder(executor.resolve(path))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .header(ProtocolHeaders.ACCESS_TOKEN, token)
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
          .build();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
