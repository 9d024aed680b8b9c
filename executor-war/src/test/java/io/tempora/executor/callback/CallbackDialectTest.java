package io.tempora.executor.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tempora.protocol.CallbackResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackDialectTest {

  private final ObjectMapper json = new ObjectMapper();
  private final List<CallbackResult> results =
      List.of(new CallbackResult(6, 1795512004149L, 500, "killed"), new CallbackResult(7, 1795512004150L, 200, null));

  @Test
  void xxlJob23To34AdminsGetABareArrayWithLogDateTim() throws Exception {
    String expected = "[{\"logId\":6,\"logDateTim\":1795512004149,\"handleCode\":500,\"handleMsg\":\"killed\"},"
        + "{\"logId\":7,\"logDateTim\":1795512004150,\"handleCode\":200}]";
    assertThat(json.writeValueAsString(CallbackDialect.XXL_2_3.body(results))).isEqualTo(expected);
    assertThat(json.writeValueAsString(CallbackDialect.XXL_3_3.body(results))).isEqualTo(expected);
  }

  @Test
  void xxlJob35AdminsGetACallbackListWithLogDateTime() throws Exception {
    assertThat(json.writeValueAsString(CallbackDialect.XXL_3_5.body(results))).isEqualTo(
        "{\"callbackList\":[{\"logId\":6,\"logDateTime\":1795512004149,\"handleCode\":500,\"handleMsg\":\"killed\"},"
            + "{\"logId\":7,\"logDateTime\":1795512004150,\"handleCode\":200}]}");
  }

  @Test
  void everyDialectCarriesTheStartAndFinishTimesWhenTheRunHasThem() throws Exception {
    List<CallbackResult> timed = List.of(new CallbackResult(8, 1795512004149L, 200, "ok", 1795512005000L, 1795512005250L));
    assertThat(json.writeValueAsString(CallbackDialect.XXL_3_3.body(timed))).isEqualTo(
        "[{\"logId\":8,\"logDateTim\":1795512004149,\"handleCode\":200,\"handleMsg\":\"ok\","
            + "\"startedAt\":1795512005000,\"finishedAt\":1795512005250}]");
    assertThat(json.writeValueAsString(CallbackDialect.XXL_3_5.body(timed))).isEqualTo(
        "{\"callbackList\":[{\"logId\":8,\"logDateTime\":1795512004149,\"handleCode\":200,\"handleMsg\":\"ok\","
            + "\"startedAt\":1795512005000,\"finishedAt\":1795512005250}]}");
  }

  @Test
  void theDefaultIsTheShapeEveryXxlJobAdminFrom23To34Reads() {
    assertThat(CallbackDialect.DEFAULT).isEqualTo(CallbackDialect.XXL_3_3);
  }
}
