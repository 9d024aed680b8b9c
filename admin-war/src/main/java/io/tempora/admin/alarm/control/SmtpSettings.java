package io.tempora.admin.alarm.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server email alarms go through, from MicroProfile Config ({@code tempora.alarm.smtp.*},
 * or {@code TEMPORA_ALARM_SMTP_HOST} etc.). Without a host, email alarms are recorded as not sent.
 */
@ApplicationScoped
public class SmtpSettings {

  public static final String NOT_CONFIGURED =
      "no SMTP server is configured (set tempora.alarm.smtp.host on the admin); the email was not sent";
  static final String DEFAULT_PORT = "25";
  static final String DEFAULT_FROM = "tempora@localhost";
  static final String DEFAULT_TIMEOUT = "PT10S";

  @Inject
  @ConfigProperty(name = "tempora.alarm.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "tempora.alarm.smtp.port", defaultValue = DEFAULT_PORT)
  int port;

  @Inject
  @ConfigProperty(name = "tempora.alarm.smtp.from", defaultValue = DEFAULT_FROM)
  String from;

  @Inject
  @ConfigProperty(name = "tempora.alarm.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "tempora.alarm.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "tempora.alarm.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "tempora.alarm.smtp.timeout", defaultValue = DEFAULT_TIMEOUT)
  Duration timeout;

  public boolean configured() {
    return host.filter(name -> !name.isBlank()).isPresent();
  }

  public String server() {
    return host.orElse("") + ":" + port;
  }

  public String from() {
    return from;
  }

  public Optional<String> user() {
    return user.filter(name -> !name.isBlank());
  }

  public String password() {
    return password.orElse("");
  }

  /** Jakarta Mail session properties; with STARTTLS on, a server that does not offer it is refused. */
  public Properties mailProperties() {
    if (port < 1 || port > 65_535) {
      throw new IllegalStateException("tempora.alarm.smtp.port must be between 1 and 65535, got " + port);
    }
    String millis = Long.toString(timeout.toMillis());
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host.orElseThrow().strip());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    properties.put("mail.smtp.auth", Boolean.toString(user().isPresent()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
    return properties;
  }
}
