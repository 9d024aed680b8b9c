package io.tempora.executor.callback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tempora.protocol.CallbackResult;
import java.util.List;

/**
 * The shape of an {@code /api/callback} body. XXL-JOB 2.3 to 3.4 admins read a bare array with
 * {@code logDateTim}; 3.5 reads {@code {"callbackList":[...]}} with {@code logDateTime}. Tempora's admin
 * reads all of them. Every shape carries Tempora's {@code startedAt}/{@code finishedAt}, which XXL-JOB
 * admins ignore as unknown fields.
 */
public enum CallbackDialect {
  XXL_2_3,
  XXL_3_3,
  XXL_3_5;

  public static final CallbackDialect DEFAULT = XXL_3_3;

  Object body(List<CallbackResult> results) {
    if (this != XXL_3_5) {
      return results;
    }
    return new CallbackList(results.stream()
        .map(result -> new Item(result.logId(), result.logDateTim(), result.handleCode(), result.handleMsg(),
            result.startedAt(), result.finishedAt()))
        .toList());
  }

  record CallbackList(List<Item> callbackList) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(long logId, long logDateTime, int handleCode, String handleMsg, Long startedAt, Long finishedAt) {}
}
