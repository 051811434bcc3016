package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what it acknowledged when the process dies: a row committed just before the JVM
 * halts (as under {@code kill -9}: no shutdown hook, no close) is there when the database is opened again. Run
 * on the data source URL of {@code application.properties} itself, in a child JVM that halts right after its
 * commit. With H2's default WRITE_DELAY (500 ms) the commit was still in memory and was lost.
 */
class DurableCommitTest {

	@TempDir
	Path dataDir;

	@Test
	void aCommitAnsweredBeforeTheProcessDiesIsKept() throws Exception {
		String url = embeddedUrl(dataDir);

		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url)
			.inheritIO()
			.start();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
		assertThat(child.exitValue()).as("the child halted after its commit").isEqualTo(CommitThenHalt.HALTED);

		try (Connection db = DriverManager.getConnection(url, "sa", "");
				Statement sql = db.createStatement();
				ResultSet rows = sql.executeQuery("select count(*) from receipt where tracking_number = 'YS2026-00001'")) {
			rows.next();
			assertThat(rows.getInt(1)).as("the acknowledged row survived the crash").isEqualTo(1);
		}
	}

	/** The production URL, with the data directory resolved as Spring would. */
	static String embeddedUrl(Path dataDir) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DurableCommitTest.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url").replace("${gongkai.data-dir}", dataDir.toString());
	}

	/** The child: opens the database, commits one row, and halts at once, as a killed process stops. */
	static final class CommitThenHalt {

		static final int HALTED = 9;

		public static void main(String[] args) throws SQLException {
			try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
				try (Statement sql = db.createStatement()) {
					sql.execute("create table receipt (tracking_number varchar(20) primary key)");
				}
				db.setAutoCommit(false);
				try (Statement sql = db.createStatement()) {
					sql.executeUpdate("insert into receipt values ('YS2026-00001')");
				}
				db.commit();
				Runtime.getRuntime().halt(HALTED);
			}
		}

	}

}
