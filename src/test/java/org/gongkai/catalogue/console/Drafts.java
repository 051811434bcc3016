package org.gongkai.catalogue.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fixtures for the catalogue console tests: drafts by form or API, real PDFs, unit and category ids. */
final class Drafts {

	private static final Pattern DOCUMENT_URL = Pattern.compile("/admin/documents/(\\d+)$");

	private Drafts() {
	}

	/** A one-page PDF with ASCII text (the standard fonts have no Chinese glyphs). */
	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static long unitId(JdbcTemplate jdbc, String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	static long categoryId(JdbcTemplate jdbc, String code) {
		return jdbc.queryForObject("select id from catalogue_category where code = ?", Long.class, code);
	}

	/** The console's new-document form filled in for a proactively disclosed notice of the unit. */
	static MockHttpServletRequestBuilder newDraftForm(RequestPostProcessor session, String title, long unitId,
			long categoryId) {
		return fill(post("/admin/documents/new").with(session).with(csrf()), title, unitId, categoryId, "<p>正文</p>");
	}

	static MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder form, String title, long unitId,
			long categoryId, String body) {
		return form.param("title", title)
			.param("summary", "内容概述")
			.param("documentNumber", "湘人社办发〔2026〕1号")
			.param("issuingBody", "湖南省人力资源和社会保障厅")
			.param("unitId", String.valueOf(unitId))
			.param("categoryId", String.valueOf(categoryId))
			.param("keywords", "就业 通知")
			.param("documentType", "通知公告")
			.param("formedOn", "2026-11-20")
			.param("effectiveOn", "")
			.param("expiresOn", "")
			.param("disclosure", "PROACTIVE")
			.param("exemptionGround", "")
			.param("body", body);
	}

	/** Replaces a form field the fixtures filled in. */
	static RequestPostProcessor set(String name, String value) {
		return request -> {
			request.setParameter(name, value);
			return request;
		};
	}

	/** The id in a redirect to a document's page. */
	static long idFrom(String redirectUrl) {
		Matcher m = DOCUMENT_URL.matcher(redirectUrl);
		if (!m.find()) {
			throw new AssertionError("not a document page: " + redirectUrl);
		}
		return Long.parseLong(m.group(1));
	}

	static String metadataJson(String title, long unitId, long categoryId, String body) {
		return """
				{"title":%s,"summary":"内容概述","documentNumber":"湘人社发〔2026〕7号","issuingBody":"湖南省人力资源和社会保障厅",
				 "unitId":%d,"categoryId":%d,"keywords":"就业","documentType":"通知公告","formedOn":"2026-11-20",
				 "disclosure":"PROACTIVE","body":%s}"""
			.formatted(quote(title), unitId, categoryId, quote(body));
	}

	/** Creates a draft through the staff API as {@code username} and answers its id. */
	static long createViaApi(MockMvc mvc, String username, String title, long unitId, long categoryId)
			throws Exception {
		String location = mvc
			.perform(post("/api/v1/admin/documents").with(httpBasic(username, TestAccounts.DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(metadataJson(title, unitId, categoryId, "<p>正文</p>")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static String quote(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
