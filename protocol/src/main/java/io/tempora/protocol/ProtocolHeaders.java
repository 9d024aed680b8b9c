package io.tempora.protocol;

/** HTTP headers of the executor protocol. */
public final class ProtocolHeaders {

  /** The shared secret between admin and executors, sent on every call both ways. */
  public static final String ACCESS_TOKEN = "XXL-JOB-ACCESS-TOKEN";

  /** Sent by XXL-JOB 3.5 admins; informative only. */
  public static final String APP_NAME = "XXL-JOB-APPNAME";

  private ProtocolHeaders() {}
}
