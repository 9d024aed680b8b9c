package io.tempora.admin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** This admin node's name, written on every run it claims so a fire can be traced to its node. */
@ApplicationScoped
public class AdminNode {

  @Inject AdminConfig config;

  private String id;

  public String id() {
    if (id == null) {
      id = config.nodeId().orElseGet(AdminNode::hostAndPid);
    }
    return id;
  }

  private static String hostAndPid() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "admin";
    }
    return host + "-" + ProcessHandle.current().pid();
  }
}
