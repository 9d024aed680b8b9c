package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to {@code /log}. It carries the page under both {@code data} and {@code content}
 * because the caller's XXL-JOB version is not known and each reads only its own name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogReply(int code, String msg, LogPage data, LogPage content) {

  public static LogReply of(LogPage page) {
    return new LogReply(Reply.SUCCESS, "Success", page, page);
  }
}
