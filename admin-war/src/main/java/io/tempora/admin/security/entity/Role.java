package io.tempora.admin.security.entity;

/** What a token may do: an ADMIN changes anything, a VIEWER only reads. */
public enum Role {
  ADMIN,
  VIEWER;

  public boolean mayCall(String httpMethod) {
    return this == ADMIN || "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
  }
}
