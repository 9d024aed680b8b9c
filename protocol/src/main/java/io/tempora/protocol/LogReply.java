package io.tempora.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to {@code /log}. It carries the page under both {@code data} and {@code content}
 * because the caller's XXL-JOB version is not known and each reads only its own name; a reader takes
 * whichever is present. (A {@link Reply} cannot read it: its alias refuses both names at once.)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogReply(int code, String msg, LogPage data, LogPage content) {

  public static LogReply of(LogPage page) {
    return new LogReply(Reply.SUCCESS, "Success", page, page);
  }

  @JsonIgnore
  public LogPage page() {
    return data != null ? data : content;
  }

  @JsonIgnore
  public boolean succeeded() {
    return code == Reply.SUCCESS && page() != null;
  }
}
