package io.tempora.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  @Test
  void anEmptySecretFileIsRefusedNotTakenAsAnEmptySecret() throws Exception {
    Path file = Files.createDirectories(dir.resolve("secrets")).resolve("access-token");
    Files.writeString(file, " \n");

    assertThatThrownBy(() -> SecretFiles.readOrCreate(file))
        .isInstanceOf(SecretFiles.BlankSecret.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("Delete the file");
    assertThat(Files.readString(file)).isEqualTo(" \n");
  }

  @Test
  void theSecretAppearsWholeUnderItsNameAndNoDraftIsLeftBehind() throws Exception {
    Path file = dir.resolve("secrets/admin-api-token");

    String value = SecretFiles.readOrCreate(file).value();

    assertThat(Files.readString(file)).isEqualTo(value + "\n");
    try (var names = Files.list(file.getParent())) {
      assertThat(names).containsExactly(file);
    }
  }

  @Test
  void concurrentFirstStartsAgreeOnOneSecret() throws Exception {
    Path file = dir.resolve("secrets/access-token");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var starts = new java.util.ArrayList<java.util.concurrent.Future<String>>();
      for (int i = 0; i < 16; i++) {
        starts.add(pool.submit(() -> SecretFiles.readOrCreate(file).value()));
      }
      var values = new java.util.HashSet<String>();
      for (var start : starts) {
        values.add(start.get());
      }
      assertThat(values).hasSize(1).allSatisfy(value -> assertThat(value).isNotBlank());
      assertThat(Files.readString(file).strip()).isEqualTo(values.iterator().next());
    } finally {
      pool.shutdownNow();
    }
  }
}
