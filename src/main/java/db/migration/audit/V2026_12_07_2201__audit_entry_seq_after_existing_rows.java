package db.migration.audit;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Starts audit_entry_seq after the last existing audit row. In Java because the start depends on the data and
 * neither statement that could read it runs on both databases (PostgreSQL's {@code setval}, H2's
 * {@code RESTART WITH (subquery)}); {@code ALTER SEQUENCE ... RESTART WITH n} with a number does.
 */
public class V2026_12_07_2201__audit_entry_seq_after_existing_rows extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement sql = context.getConnection().createStatement()) {
			long next;
			try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_entry")) {
				max.next();
				next = max.getLong(1);
			}
			sql.execute("ALTER SEQUENCE audit_entry_seq RESTART WITH " + next);
		}
	}

}
