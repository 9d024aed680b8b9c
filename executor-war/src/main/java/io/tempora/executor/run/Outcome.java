package io.tempora.executor.run;

import io.tempora.protocol.Reply;
import java.time.Duration;

/** How a run ended, in the protocol's codes: 200 success, 500 failure, 502 timeout. */
public record Outcome(int code, String message) {

  public static Outcome succeeded(String message) {
    return new Outcome(Reply.SUCCESS, message);
  }

  public static Outcome failed(String message) {
    return new Outcome(Reply.FAIL, message);
  }

  public static Outcome timedOut(Duration limit) {
    return new Outcome(Reply.TIMEOUT, "timed out after " + limit.toSeconds() + "s");
  }
}
