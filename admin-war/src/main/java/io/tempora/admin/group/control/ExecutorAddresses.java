package io.tempora.admin.group.control;

import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.registry.control.LiveExecutors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The addresses a group's runs may go to: its manual list, or the executors alive in the registry. */
@ApplicationScoped
public class ExecutorAddresses {

  @Inject LiveExecutors live;

  public List<String> of(ExecutorGroup group) {
    return of(group.addressMode(), group.appName(), group.addresses());
  }

  public List<String> of(AddressMode mode, String appName, List<String> manualAddresses) {
    // sorted like the live registry, so FIRST and LAST mean the same on every node
    return mode == AddressMode.MANUAL ? manualAddresses.stream().sorted().toList() : live.of(appName);
  }
}
