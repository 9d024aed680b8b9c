package io.tempora.systemtest.alarm;

import static io.tempora.systemtest.fixture.Jobs.aCronEchoJob;
import static io.tempora.systemtest.fixture.Jobs.aFailingJob;
import static io.tempora.systemtest.fixture.Jobs.aSleepingJob;
import static io.tempora.systemtest.fixture.Jobs.anEchoJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.tempora.client.ApiException;
import io.tempora.client.model.AlarmEvent;
import io.tempora.client.model.Job;
import io.tempora.client.model.JobAlarms;
import io.tempora.client.model.JobAlarmsRequest;
import io.tempora.client.model.MisfirePolicy;
import io.tempora.client.model.Run;
import io.tempora.client.model.RunAlarm;
import io.tempora.client.model.RunStatus;
import io.tempora.systemtest.fixture.Admin;
import io.tempora.systemtest.fixture.RawHttp;
import io.tempora.systemtest.servers.SystemTest;
import io.tempora.systemtest.servers.TemporaServers;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A job's alarms through the generated client: mails reach a real SMTP server (GreenMail, on the port the
 * admin was started with), webhook calls a real HTTP receiver that checks the HMAC signature.
 */
@SystemTest
class AlarmIT {

  private static final String SECRET = "s3cret-for-the-alarm-test";
  private static final Duration DELIVERED = Duration.ofSeconds(45);

  private final TemporaServers servers;
  private final Admin admin;

  AlarmIT(TemporaServers servers) {
    this.servers = servers;
    this.admin = new Admin(servers);
  }

  @Test
  void aFailedRunMailsEveryAddressAndPostsASignedWebhookRetriedUntilAccepted() throws Exception {
    try (SmtpServer smtp = SmtpServer.start(); WebhookReceiver receiver = new WebhookReceiver(SECRET, 2)) {
      Job job = admin.create(aFailingJob(admin.executorGroup().getId()));
      admin.jobs.replaceJobAlarms(job.getId(), new JobAlarmsRequest()
          .emails(List.of("ops@example.com", "dev@example.com")).webhookUrl(receiver.url()).webhookSecret(SECRET));

      long runId = admin.trigger(job, "disk full");

      assertThat(admin.awaitFinal(runId).getStatus()).isEqualTo(RunStatus.FAILED);
      List<RunAlarm> alarms = awaitSettled(runId, 3);
      assertThat(alarms).allSatisfy(alarm -> {
        assertThat(alarm.getStatus()).as(alarm.toString()).isEqualTo(RunAlarm.StatusEnum.SENT);
        assertThat(alarm.getEvent()).isEqualTo(AlarmEvent.FAILED);
        assertThat(alarm.getSentAt()).isNotNull();
      });
      assertThat(alarms).filteredOn(alarm -> alarm.getChannel() == RunAlarm.ChannelEnum.EMAIL)
          .extracting(RunAlarm::getTarget, RunAlarm::getAttempts)
          .containsExactlyInAnyOrder(
              tuple("ops@example.com", 1), tuple("dev@example.com", 1));
      RunAlarm webhook = alarms.stream().filter(alarm -> alarm.getChannel() == RunAlarm.ChannelEnum.WEBHOOK).findFirst().orElseThrow();
      assertThat(webhook.getTarget()).isEqualTo(receiver.url());
      assertThat(webhook.getAttempts()).isEqualTo(3);
      assertThat(webhook.getLastError()).isEqualTo("the webhook answered HTTP 503");

      MimeMessage[] mails = smtp.awaitMails(2);
      assertThat(mails).hasSize(2);
      assertThat(Arrays.stream(mails).flatMap(mail -> recipients(mail).stream()))
          .containsExactlyInAnyOrder("ops@example.com", "dev@example.com");
      for (MimeMessage mail : mails) {
        assertThat(mail.getSubject()).contains("FAILED", job.getName(), "run " + runId);
        assertThat(GreenMailUtil.getBody(mail)).contains(job.getName(), Long.toString(runId), "disk full");
      }

      assertThat(receiver.calls()).hasSize(3).allSatisfy(call -> assertThat(call.signedRight()).as(call.signature()).isTrue());
      WebhookReceiver.Call accepted = receiver.accepted().get(0);
      assertThat(accepted.delivery()).isEqualTo(webhook.getId().toString());
      assertThat(accepted.event()).isEqualTo("FAILED");
      assertThat(accepted.body().path("event").asText()).isEqualTo("FAILED");
      assertThat(accepted.body().path("jobId").asLong()).isEqualTo(job.getId());
      assertThat(accepted.body().path("jobName").asText()).isEqualTo(job.getName());
      assertThat(accepted.body().path("runId").asLong()).isEqualTo(runId);
      assertThat(accepted.body().path("status").asText()).isEqualTo("FAILED");
      assertThat(accepted.body().path("message").asText()).contains("disk full");
      assertThat(accepted.body().path("dueAt").asText()).isNotEmpty();
      assertThat(accepted.body().path("finishedAt").asText()).isNotEmpty();
    }
  }

  @Test
  void aSucceededRunRaisesNoAlarm() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(SECRET, 0)) {
      Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
      admin.jobs.replaceJobAlarms(job.getId(), new JobAlarmsRequest()
          .emails(List.of("ops@example.com")).webhookUrl(receiver.url()).webhookSecret(SECRET).events(Set.of(AlarmEvent.values())));

      Run run = admin.awaitFinal(admin.trigger(job, "fine"));

      assertThat(run.getStatus()).isEqualTo(RunStatus.SUCCEEDED);
      // alarms are stored in the transaction that ends the run: none now means none ever
      assertThat(admin.runs.listRunAlarms(run.getId())).isEmpty();
      assertThat(receiver.calls()).isEmpty();
    }
  }

  @Test
  void withTheSmtpServerDownTheMailIsGivenUpWithTheReasonWhileRunsGoOn() throws Exception {
    Job failing = admin.create(aFailingJob(admin.executorGroup().getId()));
    admin.jobs.replaceJobAlarms(failing.getId(), new JobAlarmsRequest().emails(List.of("ops@example.com")));
    Job echo = admin.create(anEchoJob(admin.executorGroup().getId()));

    long failed = admin.trigger(failing, "no mail server");
    admin.awaitFinal(failed);
    await("a first failed attempt").atMost(DELIVERED)
        .until(() -> admin.runs.listRunAlarms(failed), alarms -> alarms.size() == 1 && alarms.get(0).getAttempts() >= 1);

    Run meanwhile = admin.awaitFinal(admin.trigger(echo, "still scheduling"), Duration.ofSeconds(15));
    assertThat(meanwhile.getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    RunAlarm alarm = awaitSettled(failed, 1).get(0);
    assertThat(alarm.getStatus()).isEqualTo(RunAlarm.StatusEnum.FAILED);
    assertThat(alarm.getAttempts()).isEqualTo(5);
    assertThat(alarm.getLastError()).contains("SMTP server 127.0.0.1:" + TemporaServers.SMTP_PORT).doesNotContain("Exception");
    assertThat(alarm.getSentAt()).isNull();
  }

  @Test
  void aTimeoutAndAKillAlarmAsTheJobChose() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(SECRET, 0)) {
      long groupId = admin.executorGroup().getId();
      Job timingOut = admin.create(aSleepingJob(groupId, 30_000).timeoutSeconds(1));
      Job killed = admin.create(aSleepingJob(groupId, 60_000));
      Job killedQuietly = admin.create(aSleepingJob(groupId, 60_000));
      admin.jobs.replaceJobAlarms(timingOut.getId(), new JobAlarmsRequest().webhookUrl(receiver.url()).webhookSecret(SECRET));
      admin.jobs.replaceJobAlarms(killed.getId(), new JobAlarmsRequest().webhookUrl(receiver.url()).webhookSecret(SECRET)
          .events(Set.of(AlarmEvent.KILLED)));
      admin.jobs.replaceJobAlarms(killedQuietly.getId(), new JobAlarmsRequest().webhookUrl(receiver.url()).webhookSecret(SECRET));

      long timedOut = admin.trigger(timingOut, "30000");
      long kill = admin.trigger(killed, "60000");
      long quiet = admin.trigger(killedQuietly, "60000");
      await("the runs reach the executor").atMost(Duration.ofSeconds(20)).until(() ->
          admin.runs.getRun(kill).getStatus() != RunStatus.SCHEDULED && admin.runs.getRun(quiet).getStatus() != RunStatus.SCHEDULED);
      admin.runs.killRun(kill);
      admin.runs.killRun(quiet);

      assertThat(admin.awaitFinal(timedOut).getStatus()).isEqualTo(RunStatus.TIMED_OUT);
      assertThat(admin.awaitFinal(kill).getStatus()).isEqualTo(RunStatus.KILLED);
      assertThat(admin.awaitFinal(quiet).getStatus()).isEqualTo(RunStatus.KILLED);
      awaitSettled(timedOut, 1);
      awaitSettled(kill, 1);
      assertThat(receiver.accepted()).extracting(call -> call.body().path("runId").asLong(), WebhookReceiver.Call::event)
          .containsExactlyInAnyOrder(
              tuple(timedOut, "TIMED_OUT"), tuple(kill, "KILLED"));
      assertThat(admin.runs.listRunAlarms(quiet)).as("a kill alarms only when the job asks for it").isEmpty();
    }
  }

  /** The admin is down longer than the misfire threshold: the MISSED run it records on its return alarms too. */
  @Test
  void aMisfireAlarmsWhenTheAdminComesBack() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(SECRET, 0)) {
      Job job = admin.create(aCronEchoJob(admin.executorGroup().getId(), "* * * * * ?").misfirePolicy(MisfirePolicy.DO_NOTHING));
      admin.jobs.replaceJobAlarms(job.getId(), new JobAlarmsRequest().webhookUrl(receiver.url()).webhookSecret(SECRET)
          .events(Set.of(AlarmEvent.MISSED)));
      await().atMost(Duration.ofSeconds(60)).until(() -> admin.countRuns(job, RunStatus.SUCCEEDED) >= 1);

      servers.restartAdmin();
      Admin restarted = new Admin(servers);

      Run missed = await("a MISSED run").atMost(Duration.ofSeconds(60))
          .until(() -> restarted.runs.listRuns(job.getId(), RunStatus.MISSED, null, null, null, null, 0, 5).getItems(),
              runs -> !runs.isEmpty()).get(0);
      restarted.jobs.disableJob(job.getId());
      List<RunAlarm> alarms = await("the misfire alarm sent").atMost(DELIVERED)
          .until(() -> restarted.runs.listRunAlarms(missed.getId()),
              found -> found.size() == 1 && found.get(0).getStatus() == RunAlarm.StatusEnum.SENT);
      assertThat(alarms.get(0).getEvent()).isEqualTo(AlarmEvent.MISSED);
      assertThat(receiver.accepted()).singleElement().satisfies(call -> {
        assertThat(call.event()).isEqualTo("MISSED");
        assertThat(call.body().path("runId").asLong()).isEqualTo(missed.getId());
        assertThat(call.body().path("message").asText()).contains("misfire");
      });
    }
  }

  @Test
  void theSecretIsNeverShownAndBadSettingsAreRefusedNamingTheField() throws Exception {
    Job job = admin.create(anEchoJob(admin.executorGroup().getId()));
    JobAlarms stored = admin.jobs.replaceJobAlarms(job.getId(), new JobAlarmsRequest()
        .webhookUrl("https://hooks.example.com/tempora").webhookSecret(SECRET));
    JobAlarms kept = admin.jobs.replaceJobAlarms(job.getId(), new JobAlarmsRequest()
        .webhookUrl("https://hooks.example.com/other").emails(List.of("ops@example.com")));

    assertThat(stored.getWebhookSecretSet()).isTrue();
    assertThat(stored.getEvents()).containsExactlyInAnyOrder(AlarmEvent.FAILED, AlarmEvent.TIMED_OUT, AlarmEvent.LOST, AlarmEvent.MISSED);
    assertThat(kept.getWebhookSecretSet()).as("an update without a secret keeps the stored one").isTrue();
    RawHttp.Answer raw = new RawHttp().get(servers.adminUri().resolve("/api/v1/jobs/" + job.getId() + "/alarms"),
        Map.of("Authorization", "Bearer " + servers.apiToken()));
    assertThat(raw.body()).contains("hooks.example.com/other").doesNotContain(SECRET);

    assertRefused(job, new JobAlarmsRequest().emails(List.of("ops@example.com", "not an address")), "emails[1]");
    assertRefused(job, new JobAlarmsRequest().webhookUrl("ftp://hooks.example.com/x").webhookSecret(SECRET), "webhookUrl");
    assertRefused(admin.create(anEchoJob(admin.executorGroup().getId())),
        new JobAlarmsRequest().webhookUrl("https://hooks.example.com/x"), "webhookSecret");
    ApiException unknown = catchThrowableOfType(() -> admin.jobs.getJobAlarms(Long.MAX_VALUE), ApiException.class);
    assertThat(unknown.getCode()).isEqualTo(404);
    assertThat(admin.jobs.getJobAlarms(job.getId()).getWebhookUrl()).isEqualTo("https://hooks.example.com/other");
  }

  private void assertRefused(Job job, JobAlarmsRequest request, String field) {
    ApiException refused = catchThrowableOfType(() -> admin.jobs.replaceJobAlarms(job.getId(), request), ApiException.class);
    assertThat(refused.getCode()).isEqualTo(400);
    assertThat(refused.getResponseBody()).contains("\"field\":\"" + field + "\"");
  }

  /** The run's alarms once none is PENDING any more. */
  private List<RunAlarm> awaitSettled(long runId, int count) {
    return await("run " + runId + "'s alarms settled").atMost(DELIVERED).pollInterval(Duration.ofMillis(250))
        .until(() -> admin.runs.listRunAlarms(runId),
            alarms -> alarms.size() == count && alarms.stream().noneMatch(alarm -> alarm.getStatus() == RunAlarm.StatusEnum.PENDING));
  }

  private static List<String> recipients(MimeMessage mail) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** GreenMail's SMTP server on the port the admin sends to, for one test. */
  private record SmtpServer(GreenMail mail) implements AutoCloseable {

    static SmtpServer start() {
      GreenMail mail = new GreenMail(new ServerSetup(TemporaServers.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      return new SmtpServer(mail);
    }

    MimeMessage[] awaitMails(int count) {
      await(count + " mails").atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length >= count);
      return mail.getReceivedMessages();
    }

    @Override
    public void close() {
      mail.stop();
    }
  }
}
