package io.tempora.admin.group.entity;

import java.util.List;

/** The group a run goes to, copied out of the transaction that planned the run. */
public record ExecutorTarget(String appName, AddressMode addressMode, List<String> manualAddresses, WireDialect dialect) {

  public static ExecutorTarget of(ExecutorGroup group) {
    return new ExecutorTarget(group.appName(), group.addressMode(), group.addresses(), group.dialect());
  }
}
