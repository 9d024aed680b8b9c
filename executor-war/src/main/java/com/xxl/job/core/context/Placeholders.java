package com.xxl.job.core.context;

import java.util.Arrays;

/** XXL-JOB's log patterns: each {@code {}} takes the next argument; extra arguments are dropped, missing ones leave {@code {}}. */
final class Placeholders {

  private Placeholders() {}

  static String fill(String pattern, Object... arguments) {
    if (pattern == null || arguments == null || arguments.length == 0) {
      return String.valueOf(pattern);
    }
    StringBuilder line = new StringBuilder(pattern.length() + 16 * arguments.length);
    int from = 0;
    int next = 0;
    for (int at = pattern.indexOf("{}"); at >= 0 && next < arguments.length; at = pattern.indexOf("{}", from)) {
      line.append(pattern, from, at).append(text(arguments[next++]));
      from = at + 2;
    }
    return line.append(pattern, from, pattern.length()).toString();
  }

  private static String text(Object argument) {
    return argument instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(argument);
  }
}
