package io.tempora.admin.group.entity;

/** AUTO: addresses come from executors' heartbeats; MANUAL: the group's fixed list. */
public enum AddressMode {
  AUTO,
  MANUAL
}
