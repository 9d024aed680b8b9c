package io.tempora.executor.platform;

import java.nio.file.Path;

/** Neither a configured token nor a token file: starting would let anyone run jobs here. */
public class AccessTokenMissing extends ExecutorException {

  public AccessTokenMissing(Path file) {
    super(
        "no access token: set tempora.access-token, or start the admin first so it writes "
            + file
            + ", or set tempora.executor.insecure=true to accept unauthenticated calls");
  }
}
