package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;

/**
 * Public bodies are bounded before anything reads them, through a real Tomcat (MockMvc has no socket): a body of
 * 100 MB sent in chunks is refused with 413 after the first bytes past the limit, and declared bodies of 150 MB are
 * refused before they are sent, however many arrive at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:body-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD, "gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD,
		"gongkai.demo-data=true", "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
		"gongkai.data-dir=target/body-limit-data" })
@Import(TestClockConfig.class)
class BodyLimitServerTest {

	static final long MB = 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void aChunkedBodyOfAHundredMegabytesIsRefusedAsSoonAsItPassesTheLimit() throws Exception {
		Answer answer = streamChunked("/api/v1/requests", 100 * MB);
		assertThat(answer.head()).startsWith("HTTP/1.1 413");
		assertThat(answer.head()).containsIgnoringCase("application/problem+json");
		assertThat(answer.sent()).as("bytes sent before the refusal").isLessThan(8 * MB);
	}

	@Test
	void fourDeclaredBodiesOfAHundredAndFiftyMegabytesAreRefusedBeforeTheyAreSent() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(clients.submit(() -> declared("/api/v1/consultations/1/comments", 150 * MB)));
			}
			for (Future<String> answer : answers) {
				assertThat(answer.get()).startsWith("HTTP/1.1 413");
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(declared("/track", 150 * MB)).startsWith("HTTP/1.1 413");
	}

	@Test
	void aForgedCsrfTokenOnAPostIsForbiddenWithTheErrorPage() throws Exception {
		String answer = raw("POST /consultations/1/comments HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
				+ "application/x-www-form-urlencoded\r\nContent-Length: 30\r\nConnection: close\r\n\r\n"
				+ "_csrf=forged&body=abcdefghijkl");
		assertThat(answer).startsWith("HTTP/1.1 403").as("a stale form, not a missing permission").contains("页面已过期")
			.doesNotContain("无权访问");
	}

	/** A request line too long to read has no path to tell the API by: it gets the page. */
	@Test
	void tomcatsOwnRefusalsLookLikeTheApplication() throws Exception {
		String longUrl = raw("GET /catalogue?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n");
		java.util.regex.Matcher stylesheet = java.util.regex.Pattern.compile("href=\"(/css/gongkai-[0-9a-f]{32}\\.css)\"")
			.matcher(raw("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
		assertThat(stylesheet.find()).as("the pages link the stylesheet by its hashed name").isTrue();
		assertThat(longUrl).startsWith("HTTP/1.1 400")
			.contains("请求有误", "href=\"" + stylesheet.group(1) + "\"")
			.doesNotContain("Apache Tomcat");
		String nul = raw("GET /catalogue%00.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(nul).startsWith("HTTP/1.1 400")
			.as("in the site's layout, in both languages (the reader's choice is not known yet)")
			.contains("class=\"wrap\"", "请求有误", "<section lang=\"en\"><h1>Bad request")
			.as("with the headers of every page")
			.contains("Content-Security-Policy: default-src 'self'", "Permissions-Policy: ", "X-Frame-Options: DENY")
			.doesNotContain("Apache Tomcat");
		String api = raw("GET /api/v1/documents%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(api).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	record Answer(String head, long sent) {
	}

	/** Sends up to {@code size} bytes of one endless JSON string in chunks, stopping when the server answers or hangs up. */
	private Answer streamChunked(String path, long size) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			java.util.Arrays.fill(chunk, (byte) 'a');
			byte[] start = "{\"note\":\"".getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(start, 0, chunk, 0, start.length);
			byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			long sent = 0;
			try {
				while (sent < size && in.available() == 0) {
					out.write(header);
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					sent += chunk.length;
					java.util.Arrays.fill(chunk, 0, start.length, (byte) 'a');
				}
			}
			catch (IOException hungUp) {
				// the server answered and closed: what it answered is still to be read
			}
			return new Answer(head(in), sent);
		}
	}

	private String declared(String path, long length) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: " + length + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
			return head(socket.getInputStream());
		}
	}

	private static String head(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) >= 0) {
			head.write(b);
			if (head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
				break;
			}
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

}
