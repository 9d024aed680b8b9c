package io.tempora.admin.alarm.control;

/** How one attempt went: {@code error} is null when the alarm was delivered. */
record AlarmOutcome(long alarmId, String claim, String error) {

  static AlarmOutcome sent(Delivery delivery) {
    return new AlarmOutcome(delivery.alarmId(), delivery.claim(), null);
  }

  static AlarmOutcome failed(Delivery delivery, String error) {
    return new AlarmOutcome(delivery.alarmId(), delivery.claim(), error);
  }
}
