package io.tempora.admin.alarm.control;

import io.tempora.admin.alarm.entity.AlarmChannel;

/** A claimed alarm with everything needed to send it outside any transaction; {@code secret} only for webhooks. */
record Delivery(String claim, AlarmChannel channel, String target, String secret, AlarmNotice notice) {

  long alarmId() {
    return notice.alarmId();
  }
}
