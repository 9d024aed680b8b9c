package io.tempora.admin.alarm.boundary;

import io.tempora.admin.alarm.entity.AlarmDefinition;
import io.tempora.admin.alarm.entity.AlarmEvent;
import io.tempora.admin.platform.InvalidField;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a request into a definition: addresses and URL checked, events defaulted. No events means the
 * defaults, not none: generated clients send an empty list for a field left unset, and a job's alarms
 * are turned off by removing their targets.
 */
final class AlarmDefinitions {

  static final int EMAIL_LIMIT = 254;

  private AlarmDefinitions() {}

  static AlarmDefinition from(JobAlarmsRequest request) {
    return new AlarmDefinition(
        emails(request.emails == null ? List.of() : request.emails),
        webhookUrl(request.webhookUrl),
        request.webhookSecret,
        request.events == null || request.events.isEmpty() ? AlarmEvent.DEFAULTS : request.events);
  }

  private static List<String> emails(List<String> given) {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String email = email("emails[" + i + "]", given.get(i));
      if (emails.stream().anyMatch(email::equalsIgnoreCase)) {
        throw new InvalidField("emails[" + i + "]", "'" + email + "' is listed twice");
      }
      emails.add(email);
    }
    return emails;
  }

  /** A bare address such as ops@example.com: no display name, no group, no list. */
  private static String email(String field, String given) {
    String email = given == null ? "" : given.strip();
    if (email.isEmpty() || email.length() > EMAIL_LIMIT) {
      throw new InvalidField(field, "must be an email address of 1 to " + EMAIL_LIMIT + " characters");
    }
    try {
      InternetAddress address = new InternetAddress(email, true);
      if (address.getAddress().equals(email) && email.indexOf('@') > 0 && !address.isGroup()) {
        return email;
      }
    } catch (AddressException e) {
      // reported below, with the same words for every way it is wrong
    }
    throw new InvalidField(field, "'" + email + "' is not an email address such as ops@example.com");
  }

  private static String webhookUrl(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    String url = given.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidField("webhookUrl", "'" + url + "' is not an http(s) URL with a host (and without credentials:"
        + " the webhookSecret authenticates the calls)");
  }
}
