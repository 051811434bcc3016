package org.gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for integration tests: an embedded server started once per test JVM (no installation
 * needed), or the server {@code GONGKAI_TEST_PG_URL} (with {@code GONGKAI_TEST_PG_USER} and
 * {@code GONGKAI_TEST_PG_PASSWORD}) points at. Either way each test JVM gets a fresh database of its own.
 */
public final class TestPostgres {

	private static String url;

	private static String user;

	private static String password;

	private TestPostgres() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		start();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> user);
		registry.add("spring.datasource.password", () -> password);
	}

	private static synchronized void start() {
		if (url != null) {
			return;
		}
		String external = System.getenv("GONGKAI_TEST_PG_URL");
		String serverUrl;
		if (external != null && !external.isBlank()) {
			serverUrl = external;
			user = System.getenv().getOrDefault("GONGKAI_TEST_PG_USER", "postgres");
			password = System.getenv().getOrDefault("GONGKAI_TEST_PG_PASSWORD", "");
		}
		else {
			try {
				EmbeddedPostgres server = EmbeddedPostgres.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
				serverUrl = server.getJdbcUrl("postgres", "postgres");
				user = "postgres";
				password = "";
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not start the embedded PostgreSQL", ex);
			}
		}
		String database = "gongkai_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the test database on " + serverUrl, ex);
		}
		url = serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the server's directory lies under target/ and goes with mvn clean
		}
	}

}
