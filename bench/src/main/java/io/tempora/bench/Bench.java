package io.tempora.bench;

import io.tempora.bench.cron.CronBenchmark;
import io.tempora.bench.executor.ExecutorBenchmark;
import io.tempora.client.ApiClient;
import io.tempora.client.ApiException;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Entry point of {@code bench/bench}: {@code trigger} and {@code cron} against a running admin,
 * {@code executor} against an executor it starts itself. Exits non-zero when a run did not succeed or the input is bad.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("executor")) {
      System.exit(ExecutorBenchmark.run(args));
    }
    if (args.length > 0 && args[0].equals("cron")) {
      System.exit(CronBenchmark.run(args));
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      Outcome outcome = new TriggerBenchmark(client(options.url(), options.token()), options).run();
      outcome.print(System.out);
      System.exit(outcome.allSucceeded() ? 0 : 1);
    } catch (ApiException e) {
      System.err.println("the admin answered HTTP " + e.getCode() + ": " + e.getResponseBody());
      System.exit(1);
    }
  }

  public static ApiClient client(String url, String token) {
    // HTTP/1.1 keep-alive, as an ordinary API client would call the admin
    HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5));
    ApiClient client = new ApiClient(http, ApiClient.createDefaultObjectMapper(), url);
    client.setReadTimeout(Duration.ofSeconds(60));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }
}
