package io.tempora.admin.registry.boundary;

import io.tempora.protocol.RegistryRequest;
import java.util.List;
import java.util.Optional;

/** What a registration must satisfy before it is stored: the limits of the registry's columns. */
final class RegistryRequests {

  static final int MAX_APP_NAME = 64;
  static final int MAX_ADDRESS = 255;
  static final int MAX_HANDLER_NAME = 255;
  static final int MAX_HANDLERS = 1_000;

  private RegistryRequests() {}

  /** Why {@code request} cannot be stored, naming the field; empty when it can. */
  static Optional<String> whatIsInvalid(RegistryRequest request) {
    if (request == null || isBlank(request.registryKey()) || isBlank(request.registryValue())) {
      return Optional.of("registryKey and registryValue are required.");
    }
    if (request.registryKey().length() > MAX_APP_NAME || request.registryValue().length() > MAX_ADDRESS) {
      return Optional.of("registryKey ≤ " + MAX_APP_NAME + " and registryValue ≤ " + MAX_ADDRESS + " characters.");
    }
    return invalidHandlers(request.handlers());
  }

  private static Optional<String> invalidHandlers(List<String> handlers) {
    if (handlers == null) {
      return Optional.empty();
    }
    if (handlers.size() > MAX_HANDLERS) {
      return Optional.of("handlers: at most " + MAX_HANDLERS + " names.");
    }
    for (int i = 0; i < handlers.size(); i++) {
      String name = handlers.get(i);
      if (isBlank(name) || name.length() > MAX_HANDLER_NAME) {
        return Optional.of("handlers[" + i + "] must be a name of 1 to " + MAX_HANDLER_NAME + " characters.");
      }
    }
    return Optional.empty();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
