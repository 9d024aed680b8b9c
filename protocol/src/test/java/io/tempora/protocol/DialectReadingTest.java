package io.tempora.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies below are the bytes captured from XXL-JOB 3.4.2 (shared/fixtures) or its documented dialects. */
class DialectReadingTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void readsTheCaptured342RunBody() throws Exception {
    String body =
        "{\"jobId\":24691,\"executorHandler\":\"\",\"executorParams\":\"param-24691\",\"executorBlockStrategy\":\"SERIAL_EXECUTION\",\"executorTimeout\":10,\"logId\":2,\"logDateTime\":1795512004001,\"glueType\":\"GLUE_SHELL\",\"glueSource\":\"#!/bin/bash\\necho \\\"hello from shell $1 $2 $3\\\"\\nexit 0\",\"glueUpdatetime\":1795511978000,\"broadcastIndex\":0,\"broadcastTotal\":1}";
    TriggerRequest trigger = json.readValue(body, TriggerRequest.class);
    assertThat(trigger.logId()).isEqualTo(2);
    assertThat(trigger.logDateTime()).isEqualTo(1795512004001L);
    assertThat(trigger.executorTimeout()).isEqualTo(10);
    assertThat(trigger.glueSource()).startsWith("#!/bin/bash");
  }

  @Test
  void registryBodyOfXxlJobHasNoHandlersAndOursListsThem() throws Exception {
    RegistryRequest captured = json.readValue(
        "{\"registryGroup\":\"EXECUTOR\",\"registryKey\":\"xxl-job-executor-sample\",\"registryValue\":\"http://127.0.0.1:19999/\"}",
        RegistryRequest.class);
    assertThat(captured.handlers()).isNull();
    assertThat(json.writeValueAsString(RegistryRequest.executor("a", "http://e/"))).doesNotContain("handlers");
    assertThat(json.writeValueAsString(RegistryRequest.executor("a", "http://e/", List.of("echo"))))
        .contains("\"handlers\":[\"echo\"]");
  }

  @Test
  void readsCallbackTimeUnderEitherSpelling() throws Exception {
    List<CallbackResult> old =
        json.readValue(
            "[{\"logId\":6,\"logDateTim\":1795512004149,\"handleCode\":500,\"handleMsg\":\"killed\"}]",
            new TypeReference<>() {});
    CallbackBatch batch =
        json.readValue(
            "{\"callbackList\":[{\"logId\":6,\"logDateTime\":1795512004149,\"handleCode\":500}]}",
            CallbackBatch.class);
    assertThat(old.get(0).logDateTim()).isEqualTo(1795512004149L);
    assertThat(batch.callbackList().get(0).logDateTim()).isEqualTo(1795512004149L);
  }

  @Test
  void readsReplyPayloadUnderDataOrContent() throws Exception {
    TypeReference<Reply<LogPage>> type = new TypeReference<>() {};
    String page = "{\"fromLineNum\":1,\"toLineNum\":5,\"logContent\":\"x\",\"isEnd\":true}";
    Reply<LogPage> modern = json.readValue("{\"code\":200,\"msg\":\"Success\",\"data\":" + page + "}", type);
    Reply<LogPage> legacy = json.readValue("{\"code\":200,\"msg\":null,\"content\":" + page + "}", type);
    assertThat(modern.data()).isEqualTo(legacy.data());
    assertThat(modern.data().isEnd()).isTrue();
  }

  @Test
  void readsLogReplyFromOldNewAndTemporaExecutors() throws Exception {
    String page = "{\"fromLineNum\":1,\"toLineNum\":2,\"logContent\":\"x\",\"isEnd\":false}";
    for (String body : new String[] {
        "{\"code\":200,\"data\":" + page + "}",
        "{\"code\":200,\"content\":" + page + "}",
        "{\"code\":200,\"data\":" + page + ",\"content\":" + page + "}"}) {
      LogReply reply = json.readValue(body, LogReply.class);
      assertThat(reply.succeeded()).as(body).isTrue();
      assertThat(reply.page().toLineNum()).isEqualTo(2);
    }
  }

  @Test
  void logRequestCarriesTheRunTimeUnderBothSpellingsAndReadsEither() throws Exception {
    String written = json.writeValueAsString(new LogRequest(2, 1795512004001L, 1));
    assertThat(written).contains("\"logDateTim\":1795512004001").contains("\"logDateTime\":1795512004001");
    assertThat(json.readValue("{\"logDateTim\":1795512004001,\"logId\":2,\"fromLineNum\":1}", LogRequest.class))
        .isEqualTo(new LogRequest(2, 1795512004001L, 1));
    assertThat(json.readValue("{\"logDateTime\":7,\"logId\":2,\"fromLineNum\":3}", LogRequest.class).logDateTim())
        .isEqualTo(7);
    assertThat(json.readValue(written, LogRequest.class)).isEqualTo(new LogRequest(2, 1795512004001L, 1));
  }

  @Test
  void writesLogReplyUnderBothPayloadNames() throws Exception {
    String written = json.writeValueAsString(LogReply.of(new LogPage(1, 1, "a", false)));
    assertThat(written).contains("\"data\":{").contains("\"content\":{").contains("\"isEnd\":false");
  }
}
