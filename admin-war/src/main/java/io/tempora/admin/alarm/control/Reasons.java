package io.tempora.admin.alarm.control;

import java.net.ConnectException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A failure's messages down its cause chain as one line for the alarm's {@code lastError}, which
 * users read: "Couldn't connect to host …; Connection refused", without Java class names.
 */
final class Reasons {

  private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*");

  private Reasons() {}

  static String of(Throwable failure) {
    Set<String> messages = new LinkedHashSet<>();
    for (Throwable cause = failure; cause != null && messages.size() < 4; cause = cause.getCause()) {
      String message = cause.getMessage() != null ? cause.getMessage()
          : cause instanceof ConnectException ? "connection refused" : null;
      if (message != null) {
        String line = CLASS_NAME.matcher(message.lines().findFirst().orElse("")).replaceAll("").replaceAll("[\\s;:,.]+$", "").strip();
        if (!line.isEmpty() && messages.stream().noneMatch(known -> known.contains(line))) {
          messages.add(line);
        }
      }
    }
    return messages.isEmpty() ? "failed without a reason given" : String.join("; ", messages);
  }
}
