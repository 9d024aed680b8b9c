package io.tempora.admin.alarm.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;

/** Sends an alarm as a plain-text mail through the configured SMTP server (Jakarta Mail, provided by Payara). */
@ApplicationScoped
class EmailChannel {

  @Inject SmtpSettings smtp;
  @Inject Clock clock;

  private Session session;

  void send(String address, AlarmNotice notice) throws AlarmNotDelivered {
    if (!smtp.configured()) {
      throw new AlarmNotDelivered(SmtpSettings.NOT_CONFIGURED);
    }
    try {
      MimeMessage mail = new MimeMessage(session());
      mail.setFrom(new InternetAddress(smtp.from(), true));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      mail.setSubject(notice.subject(), "UTF-8");
      mail.setText(notice.text(), "UTF-8");
      mail.setSentDate(Date.from(clock.instant()));
      if (smtp.user().isPresent()) {
        Transport.send(mail, smtp.user().get(), smtp.password());
      } else {
        Transport.send(mail);
      }
    } catch (MessagingException e) {
      throw new AlarmNotDelivered("SMTP server " + smtp.server() + ": " + Reasons.of(e));
    }
  }

  private synchronized Session session() {
    if (session == null) {
      session = Session.getInstance(smtp.mailProperties());
    }
    return session;
  }
}
