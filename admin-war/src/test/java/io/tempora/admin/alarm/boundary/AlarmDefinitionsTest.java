package io.tempora.admin.alarm.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tempora.admin.alarm.entity.AlarmDefinition;
import io.tempora.admin.alarm.entity.AlarmEvent;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.platform.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlarmDefinitionsTest {

  private static JobAlarmsRequest request(List<String> emails, String webhookUrl) {
    JobAlarmsRequest request = new JobAlarmsRequest();
    request.emails = emails;
    request.webhookUrl = webhookUrl;
    request.webhookSecret = "0123456789abcdef";
    return request;
  }

  private static String fieldOf(Throwable failure) {
    return ((InvalidField) failure).fieldErrors().stream().map(Problem.FieldError::field).findFirst().orElseThrow();
  }

  @Test
  void absentEventsMeanFailureTimeoutLostAndMissed() {
    AlarmDefinition definition = AlarmDefinitions.from(request(List.of(" ops@example.com "), "https://hooks.example.com/x"));

    assertThat(definition.emails()).containsExactly("ops@example.com");
    assertThat(definition.webhookUrl()).isEqualTo("https://hooks.example.com/x");
    assertThat(definition.events()).isEqualTo(AlarmEvent.DEFAULTS);
  }

  @Test
  void anEmptyListOfEventsMeansTheDefaultsAsGeneratedClientsSendOneForAnUnsetField() {
    JobAlarmsRequest request = request(List.of(), null);
    request.events = Set.of();

    assertThat(AlarmDefinitions.from(request).events()).isEqualTo(AlarmEvent.DEFAULTS);
  }

  @Test
  void givenEventsAreKeptAsGiven() {
    JobAlarmsRequest request = request(List.of(), null);
    request.events = Set.of(AlarmEvent.KILLED);

    assertThat(AlarmDefinitions.from(request).events()).containsExactly(AlarmEvent.KILLED);
  }

  @Test
  void aBadAddressIsRefusedNamingItsPlaceInTheList() {
    for (String bad : new String[] {"not-an-address", "Ops <ops@example.com>", "a@b, c@d", "", "@example.com"}) {
      assertThatThrownBy(() -> AlarmDefinitions.from(request(List.of("ok@example.com", bad), null)))
          .as(bad)
          .isInstanceOf(InvalidField.class)
          .satisfies(failure -> assertThat(fieldOf(failure)).isEqualTo("emails[1]"));
    }
  }

  @Test
  void anAddressListedTwiceIsRefused() {
    assertThatThrownBy(() -> AlarmDefinitions.from(request(List.of("ops@example.com", "OPS@example.com"), null)))
        .hasMessageContaining("listed twice");
  }

  @Test
  void aWebhookMustBeAnHttpUrlWithAHostAndNoCredentials() {
    for (String bad : new String[] {"ftp://example.com/x", "file:///etc/passwd", "https://", "hooks.example.com/x",
        "https://user:pw@example.com/x", "http://exa mple.com/"}) {
      assertThatThrownBy(() -> AlarmDefinitions.from(request(List.of(), bad)))
          .as(bad)
          .isInstanceOf(InvalidField.class)
          .satisfies(failure -> assertThat(fieldOf(failure)).isEqualTo("webhookUrl"));
    }
    assertThat(AlarmDefinitions.from(request(List.of(), "  ")).webhookUrl()).isNull();
  }
}
