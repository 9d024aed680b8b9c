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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Calls the executor as an admin does, over one keep-alive HTTP/1.1 client shared by every caller thread. */
final class RunCaller {

  private static final TypeReference<List<TriggerOutcome>> OUTCOMES = new TypeReference<>() {};

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI executor;
  private final String token;

  RunCaller(String executorUrl, String token) {
    this.executor = URI.create(executorUrl);
    this.token = token;
  }

  /** Queues one {@code echo} run; returns the executor's answer, failed with the reason on any error. */
  Reply<?> run(long jobId, long logId) {
    var trigger = new TriggerRequest(jobId, "echo", "bench", "SERIAL_EXECUTION", 0, logId,
        Instant.now().toEpochMilli(), "BEAN", null, 0, 0, 1);
    return post("run", trigger);
  }

  /** Queues many {@code echo} runs in one {@code /tempora/runs} request; the reply holds one outcome per run. */
  Reply<List<TriggerOutcome>> runs(List<Burst.Run> runs) {
    long now = Instant.now().toEpochMilli();
    List<TriggerRequest> triggers = runs.stream().map(run -> new TriggerRequest(run.jobId(), "echo", "bench",
        "SERIAL_EXECUTION", 0, run.logId(), now, "BEAN", null, 0, 0, 1)).toList();
    Reply<?> reply = post(ExecutorFeatures.BATCH_TRIGGER_PATH, new TriggerBatch(triggers));
    if (!reply.succeeded()) {
      return Reply.fail(reply.msg());
    }
    return Reply.ok(json.convertValue(reply.data(), OUTCOMES));
  }

  Reply<?> beat() {
    return post("beat", java.util.Map.of());
  }

  private Reply<?> post(String path, Object body) {
    try {
      HttpRequest request = HttpRequest.newBuilder(executor.resolve(path))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .header(ProtocolHeaders.ACCESS_TOKEN, token)
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
          .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        return Reply.fail("HTTP " + response.statusCode() + ": " + new String(response.body()));
      }
      return json.readValue(response.body(), Reply.class);
    } catch (JsonProcessingException e) {
      return Reply.fail("unreadable answer: " + e.getOriginalMessage());
    } catch (IOException e) {
      return Reply.fail(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Reply.fail("interrupted");
    }
  }
}
