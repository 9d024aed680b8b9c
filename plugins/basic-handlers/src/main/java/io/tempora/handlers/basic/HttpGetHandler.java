package io.tempora.handlers.basic;

import io.tempora.handler.Handler;
import io.tempora.handler.HandlerResult;
import io.tempora.handler.RunContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs the URL in its parameters; succeeds on a 2xx answer and logs the start of the body. */
public class HttpGetHandler implements Handler {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int LOGGED_BODY_CHARS = 2000;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();

  @Override
  public String name() {
    return "http-get";
  }

  @Override
  public HandlerResult handle(RunContext context) throws Exception {
    URI target = URI.create(context.params().trim());
    context.log().log("GET %s", target);
    HttpResponse<String> response =
        client.send(HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    context.log().log("HTTP %d, %d chars", response.statusCode(), body.length());
    context.log().log(body.length() > LOGGED_BODY_CHARS ? body.substring(0, LOGGED_BODY_CHARS) + "…" : body);
    boolean ok = response.statusCode() / 100 == 2;
    String summary = "HTTP " + response.statusCode() + " from " + target;
    return ok ? HandlerResult.success(summary) : HandlerResult.failure(summary);
  }
}
