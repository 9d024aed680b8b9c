package io.tempora.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

  @TempDir Path dir;

  @Test
  void firstStartGeneratesAnOwnerOnlySecretAndLaterStartsReadIt() throws Exception {
    Path file = dir.resolve("secrets/access-token");
    SecretFiles.Secret first = SecretFiles.readOrCreate(file);
    SecretFiles.Secret second = SecretFiles.readOrCreate(file);
    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.value()).isEqualTo(first.value()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void everyInstallationGetsItsOwnSecret() {
    assertThat(SecretFiles.readOrCreate(dir.resolve("a")).value()).isNotEqualTo(SecretFiles.readOrCreate(dir.resolve("b")).value());
  }
}
