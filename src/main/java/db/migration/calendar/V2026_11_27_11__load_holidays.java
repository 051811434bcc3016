package db.migration.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the shipped holiday notices 2016-2026 ({@code calendar/cn-holidays.csv}, see its SOURCE.md) into
 * {@code calendar_day}. A Java migration rather than SQL so that the data stays one reviewable CSV file, the
 * same format staff upload for later years.
 */
public class V2026_11_27_11__load_holidays extends BaseJavaMigration {

	static final String RESOURCE = "/calendar/cn-holidays.csv";

	private static final String INSERT = "INSERT INTO calendar_day (\"day\", kind, name) VALUES (?, ?, ?)";

	@Override
	public void migrate(Context context) throws Exception {
		try (InputStream in = V2026_11_27_11__load_holidays.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
					PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
				load(reader, insert);
				insert.executeBatch();
			}
		}
	}

	private static void load(Reader reader, PreparedStatement insert) throws IOException, SQLException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser rows = format.parse(reader)) {
			for (CSVRecord row : rows) {
				String kind = row.get("kind");
				if (!kind.equals("holiday") && !kind.equals("workday")) {
					throw new IllegalStateException("Unknown kind '" + kind + "' in line " + (row.getRecordNumber() + 1));
				}
				insert.setObject(1, LocalDate.parse(row.get("date")));
				insert.setString(2, kind);
				insert.setString(3, row.get("name"));
				insert.addBatch();
			}
		}
	}

}
