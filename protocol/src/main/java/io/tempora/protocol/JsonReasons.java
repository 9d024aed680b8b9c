package io.tempora.protocol;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why a JSON message could not be read, said in JSON's terms: the REST API and both sides of the protocol
 * answer malformed input with a reason, and a reason names no Java class of ours.
 */
public final class JsonReasons {

  /** A qualified Java name ({@code java.util.ArrayList}, {@code io.tempora.x.Y$Z}), backquoted or not. */
  private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)`?(\\[\"[^\"]*\"\\])?");

  private JsonReasons() {}

  /** {@code type} as a JSON caller thinks of it, e.g. "an integer", "one of [A, B]". */
  public static String describe(Class<?> type) {
    if (type == null) {
      return "a JSON value of another kind";
    }
    if (type.isEnum()) {
      return "one of " + List.of(type.getEnumConstants());
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date-time";
    }
    return "an object";
  }

  /** {@code message} with every qualified Java name left out. */
  public static String withoutJavaNames(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    return JAVA_NAME.matcher(message).replaceAll("a value").replaceAll("\\s+", " ").strip();
  }
}
