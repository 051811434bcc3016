package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request with a forged {@code Host} or {@code X-Forwarded-Host} changes nothing another reader sees, in the
 * embedded demo without a configured public address (the case the page cache used to be poisoned in): the links
 * of the sitemap, robots.txt, the feeds and the documents API stay the demo's own address.
 */
@RealServer
class ForgedHostTest {

	static final String[] SHARED = { "/sitemap.xml", "/sitemaps/pages.xml", "/robots.txt", "/catalogue/feed.atom",
			"/api/v1/documents" };

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aForgedHostChangesNothingAnotherReaderSees() throws Exception {
		for (String path : SHARED) {
			String forged = forged(path);
			assertThat(forged).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example");

			HttpResponse<String> reader = http.send(HttpRequest.newBuilder(URI.create(own(path))).build(),
					HttpResponse.BodyHandlers.ofString());
			// The reader is answered from what the forged request rendered and the page cache kept.
			assertThat(reader.headers().firstValue(PageCache.STATUS_HEADER)).as(path).hasValue("hit");
			assertThat(reader.body()).as(path)
				.doesNotContain("evil.example")
				.contains("http://localhost:" + port + "/");
		}
	}

	private String own(String path) {
		return "http://localhost:" + port + path;
	}

	/** A request whose Host and X-Forwarded-Host name another site (a client library would not send them). */
	private String forged(String path) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
					+ "X-Forwarded-Port: 443\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
