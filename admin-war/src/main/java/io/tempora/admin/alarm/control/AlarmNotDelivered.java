package io.tempora.admin.alarm.control;

/** An attempt to deliver an alarm failed; the message is the reason recorded on the alarm. */
class AlarmNotDelivered extends Exception {

  AlarmNotDelivered(String reason) {
    super(reason);
  }
}
