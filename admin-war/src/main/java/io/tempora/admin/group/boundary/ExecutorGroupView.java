package io.tempora.admin.group.boundary;

import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.group.entity.WireDialect;
import java.util.List;

public record ExecutorGroupView(
    long id, String appName, String title, AddressMode addressMode, List<String> addresses, WireDialect dialect,
    List<String> liveAddresses) {

  static ExecutorGroupView of(ExecutorGroup group, List<String> liveAddresses) {
    return new ExecutorGroupView(
        group.id(), group.appName(), group.title(), group.addressMode(), group.addresses(), group.dialect(), liveAddresses);
  }
}
