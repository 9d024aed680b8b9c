package io.tempora.admin.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Glue edits (PUT of a job, POST of a roll-back) are changes: a VIEWER token gets 403 for them. */
class RoleTest {

  @Test
  void aViewerMayOnlyRead() {
    assertThat(Role.VIEWER.mayCall("GET")).isTrue();
    assertThat(Role.VIEWER.mayCall("HEAD")).isTrue();
    assertThat(Role.VIEWER.mayCall("PUT")).isFalse();
    assertThat(Role.VIEWER.mayCall("POST")).isFalse();
    assertThat(Role.VIEWER.mayCall("DELETE")).isFalse();
  }

  @Test
  void anAdminMayChangeAnything() {
    assertThat(Role.ADMIN.mayCall("PUT")).isTrue();
    assertThat(Role.ADMIN.mayCall("POST")).isTrue();
  }
}
