package io.tempora.protocol;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * A failure said in words for run messages and answers that users read: what happened, never a Java
 * class name (those say nothing to an operator and tell an attacker what runs inside). The stack trace
 * belongs in the server's log or the run's log, not here.
 */
public final class FailureText {

  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b");

  private FailureText() {}

  public static String of(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof HttpConnectTimeoutException) {
      return "connect timed out";
    }
    if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage();
    }
    if (cause instanceof ClosedChannelException || cause instanceof IOException && blank(cause.getMessage())) {
      return "connection closed";
    }
    String message = cause.getMessage();
    if (!blank(message) && CLASS_NAME.matcher(message).find()) {
      // a wrapper whose message is its cause's toString(): the cause says it better
      return cause.getCause() != null && cause.getCause() != cause ? of(cause.getCause()) : kind(cause);
    }
    return blank(message) ? kind(cause) : message;
  }

  /** "NullPointerException" → "null pointer": a kind of failure, not where it is in our code. */
  static String kind(Throwable cause) {
    String name = cause.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
    String words = String.join(" ", CAMEL.split(name)).toLowerCase(java.util.Locale.ROOT);
    return "unexpected " + (words.isBlank() ? "failure" : words + (cause instanceof Error ? " error" : " failure"));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static boolean blank(String message) {
    return message == null || message.isBlank();
  }
}
