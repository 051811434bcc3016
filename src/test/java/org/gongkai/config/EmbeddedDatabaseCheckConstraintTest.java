package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps working after the connection that created its tables is gone. With H2 2.4.240 a
 * CHECK constraint stayed bound to the session that created it: once the pool retired the migration's connection
 * (Hikari's max lifetime, 30 minutes), every insert into such a table failed with "The database has been closed"
 * until a restart. A fresh installation stopped sending mail half an hour after its first start (found by the
 * bench kit's load: every application registration answered 500 at its first outgoing mail). H2 2.5.252 fixed it.
 */
class EmbeddedDatabaseCheckConstraintTest {

	@TempDir
	Path dir;

	@Test
	void aTableCreatedOnAConnectionSinceClosedStillTakesRows() throws SQLException {
		// the application's own URL options (application.properties), on a file of this test's own
		String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
		try (Connection pool = DriverManager.getConnection(url, "sa", "")) {
			try (Connection migration = DriverManager.getConnection(url, "sa", "");
					Statement ddl = migration.createStatement()) {
				ddl.execute("create table outgoing (id int primary key, "
						+ "status varchar(20) not null check (status in ('PENDING', 'SENT')))");
			}
			try (Connection later = DriverManager.getConnection(url, "sa", "");
					Statement insert = later.createStatement()) {
				assertThatCode(() -> insert.execute("insert into outgoing values (1, 'PENDING')"))
					.doesNotThrowAnyException();
				assertThatCode(() -> insert.execute("insert into outgoing values (2, 'LOST')"))
					.as("the constraint still holds").isInstanceOf(SQLException.class);
			}
		}
	}

}
