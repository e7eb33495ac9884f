package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresAddressTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void everyPartOfTheUrlIsRead() {
    StoreLocation location = StoreLocation.parse("postgresql://ana:s3cret@db.example.org:5433/ledger", NO_ENV);

    assertThat(location.postgres()).isTrue();
    assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/ledger");
    assertThat(location.user()).isEqualTo("ana");
    assertThat(location.password()).isEqualTo("s3cret");
  }

  @Test
  void partsLeftOutComeFromThePgVariables() {
    StoreLocation location = StoreLocation.parse("postgresql://", Map.of("PGHOST", "10.1.2.3", "PGPORT", "6543",
        "PGUSER", "team", "PGPASSWORD", "pw", "PGDATABASE", "tally"));

    assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://10.1.2.3:6543/tally");
    assertThat(location.user()).isEqualTo("team");
    assertThat(location.password()).isEqualTo("pw");
  }

  @Test
  void theUrlWinsOverTheVariables() {
    StoreLocation location = StoreLocation.parse("postgres://ana@localhost/ledger", Map.of("PGUSER", "team",
        "PGDATABASE", "other", "PGPORT", "6543"));

    assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:6543/ledger");
    assertThat(location.user()).isEqualTo("ana");
  }

  @Test
  void withNothingGivenLibpqsDefaultsApply() {
    StoreLocation location = StoreLocation.parse("postgresql://", NO_ENV);
    String login = System.getProperty("user.name");

    assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/" + login);
    assertThat(location.user()).isEqualTo(login);
    assertThat(location.password()).isNull();
  }

  @Test
  void aPercentEncodedPasswordIsDecoded() {
    assertThat(StoreLocation.parse("postgresql://ana:p%40ss%2Fw@h/db", NO_ENV).password()).isEqualTo("p@ss/w");
  }

  @Test
  void thePasswordIsNeverShown() {
    StoreLocation location = StoreLocation.parse("postgresql://ana:s3cret@db.example.org/ledger", NO_ENV);

    assertThat(location.toString()).isEqualTo("postgresql://ana:***@db.example.org/ledger");
  }

  @Test
  void aPortThatIsNotANumberIsSaidToBeSo() {
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://h/db", Map.of("PGPORT", "fifty")))
        .hasMessageContaining("PGPORT is \"fifty\", not a port number");
  }

  @Test
  void aFilePathIsStillAnSqliteFile() {
    assertThat(StoreLocation.parse("postgres.db", NO_ENV).postgres()).isFalse();
  }
}
