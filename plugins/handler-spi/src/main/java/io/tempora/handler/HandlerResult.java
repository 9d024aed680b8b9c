package io.tempora.handler;

/** How a run ended, as the handler sees it; the message reaches the run history. */
public record HandlerResult(boolean succeeded, String message) {

  public static HandlerResult success() {
    return new HandlerResult(true, null);
  }

  public static HandlerResult success(String message) {
    return new HandlerResult(true, message);
  }

  public static HandlerResult failure(String message) {
    return new HandlerResult(false, message);
  }
}
