package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The envelope of every protocol answer. XXL-JOB up to 3.2 names the payload {@code content}, later
 * versions {@code data}; both are read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reply<T>(int code, String msg, @JsonAlias("content") T data) {

  public static final int SUCCESS = 200;
  public static final int FAIL = 500;
  public static final int TIMEOUT = 502;

  public static <T> Reply<T> ok() {
    return new Reply<>(SUCCESS, "Success", null);
  }

  public static <T> Reply<T> ok(T data) {
    return new Reply<>(SUCCESS, "Success", data);
  }

  public static <T> Reply<T> fail(String msg) {
    return new Reply<>(FAIL, msg, null);
  }

  public boolean succeeded() {
    return code == SUCCESS;
  }
}
