package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.support.RestoreChecks;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.gongkai.support.TestPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The PostgreSQL backup and restore of the README ("Durability, backup and restore"), with the same client tools
 * and options ({@code pg_dump --format=custom}, {@code pg_restore --no-owner}): a dump restored into an emptied
 * database holds the applications acknowledged before it, trackable with their codes, an intact audit chain, and
 * the serials that keep new tracking numbers from repeating old ones. Needs Debian's {@code postgresql-client}
 * (installed by {@code .ci/run}); without it the test is skipped with that message, except under CI.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(TestClockConfig.class)
@TestPropertySource(properties = { "gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD,
		"gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD, "gongkai.demo-data=true",
		"gongkai.site.public-url=http://localhost",
		"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"gongkai.data-dir=target/test-data" })
class PostgresBackupRestoreIT {

	private static final String INSTALL = "The PostgreSQL backup test needs pg_dump and pg_restore: "
			+ "apt-get install postgresql-client";

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String user;

	@TempDir
	Path backups;

	@Test
	void aRestoredDumpHoldsTheDataAndAnIntactAuditChain() throws Exception {
		requireClientTools();
		RestoreChecks checks = new RestoreChecks(mvc, audit);
		checks.before();
		String dump = backups.resolve("gongkai.dump").toString();

		run("pg_dump", "--format=custom", "--file=" + dump, database());
		jdbc.execute("DROP SCHEMA public CASCADE");
		jdbc.execute("CREATE SCHEMA public");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'",
				Long.class)).as("an empty database").isZero();
		run("pg_restore", "--no-owner", "--dbname=" + database(), dump);

		checks.after();
	}

	/** The JDBC address as the client tools take it: {@code postgresql://user@host:port/database}. */
	private String database() {
		return url.replaceFirst("^jdbc:postgresql://", "postgresql://" + user + "@").replaceFirst("\\?.*$", "");
	}

	private static void requireClientTools() {
		boolean found = List.of("pg_dump", "pg_restore").stream().allMatch(PostgresBackupRestoreIT::onPath);
		if (!found) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(INSTALL + " (required when CI=true)");
			}
			Assumptions.abort(INSTALL);
		}
	}

	private static boolean onPath(String tool) {
		return List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.stream()
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
	}

	private void run(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as("%s: %s", command[0], output).isZero();
	}

}
