package io.tempora.admin.group.control;

import io.tempora.admin.group.entity.AddressMode;
import io.tempora.admin.group.entity.ExecutorGroup;
import io.tempora.admin.group.entity.ExecutorTarget;
import io.tempora.admin.platform.InvalidField;
import io.tempora.admin.registry.control.LiveExecutors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The addresses a group's runs may go to: its manual list, or the executors alive in the registry. */
@ApplicationScoped
public class ExecutorAddresses {

  @Inject LiveExecutors live;

  public List<String> of(ExecutorGroup group) {
    return of(group.addressMode(), group.appName(), group.addresses());
  }

  /** Of a target's addresses, those that may take a run of the BEAN handler {@code beanHandler} (null: any glue). */
  public List<String> able(ExecutorTarget target, String beanHandler) {
    List<String> reachable = of(target.addressMode(), target.appName(), target.manualAddresses());
    return beanHandler == null ? reachable : live.offering(reachable, beanHandler);
  }

  /**
   * The group's spelling of {@code requested} (with or without its trailing slash), which must be one
   * of the group's executors: a run and the access token go nowhere else. Empty when none is requested.
   */
  public Optional<String> named(ExecutorTarget target, String requested) {
    if (requested == null) {
      return Optional.empty();
    }
    List<String> known = of(target.addressMode(), target.appName(), target.manualAddresses());
    String wanted = withoutSlash(requested);
    return Optional.of(known.stream().filter(address -> withoutSlash(address).equals(wanted)).findFirst()
        .orElseThrow(() -> new InvalidField("executorAddress", "must be one of the executors of group '"
            + target.appName() + "' " + known + ", not " + requested)));
  }

  private static String withoutSlash(String address) {
    return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
  }

  public List<String> of(AddressMode mode, String appName, List<String> manualAddresses) {
    // sorted like the live registry, so FIRST and LAST mean the same on every node
    return mode == AddressMode.MANUAL ? manualAddresses.stream().sorted().toList() : live.of(appName);
  }
}
