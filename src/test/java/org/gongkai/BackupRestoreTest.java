package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.gongkai.audit.AuditLog;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.RestoreChecks;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The H2 backup and restore of the README ("Backup and restore"), with the same H2 tools and options: a backup
 * restored into an emptied database holds the applications acknowledged before it, trackable with their codes,
 * an intact audit chain, and the serials that keep new tracking numbers from repeating old ones.
 * <p>
 * It empties and restores a database of its own, in a context of its own that is closed afterwards: after H2's
 * RunScript has restored the shared test database and closed its connection, every later insert into a restored
 * table with a CHECK constraint was refused ("Check constraint invalid", caused by "The database has been closed"),
 * which broke whichever tests ran after this one.
 */
@GongkaiTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gongkai-backup-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@DirtiesContext
class BackupRestoreTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Value("${spring.datasource.url}")
	String url;

	@TempDir
	Path backups;

	@Test
	void aRestoredBackupHoldsTheDataAndAnIntactAuditChain() throws Exception {
		RestoreChecks checks = new RestoreChecks(mvc, audit);
		checks.before();
		String backup = backups.resolve("gongkai.zip").toString();

		new Script().runTool("-url", url, "-user", "sa", "-script", backup, "-options", "compression", "zip");
		jdbc.execute("DROP ALL OBJECTS");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'",
				Long.class)).as("an empty database").isZero();
		new RunScript().runTool("-url", url, "-user", "sa", "-script", backup, "-options", "compression", "zip");

		checks.after();
	}

}
