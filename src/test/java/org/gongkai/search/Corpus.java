package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.catalogue.Validity;

/**
 * The 76 public-domain official texts of the test corpus (src/test/resources/corpus, copied from
 * shared/data/corpus) with their front matter, and the public queries with the files each must find.
 */
final class Corpus {

	static final int SIZE = 76;

	record Text(String file, String title, String issuer, String documentNumber, LocalDate date, String kind,
			Validity validity, String body) {

		/** The catalogue's document type for the kind of text. */
		String documentType() {
			return switch (kind) {
				case "部门规章" -> "规章";
				case "规范性文件" -> "行政规范性文件";
				default -> "其他文件";
			};
		}

	}

	record Query(String words, List<String> files) {
	}

	private Corpus() {
	}

	static List<Text> texts() {
		List<Text> texts = new ArrayList<>();
		for (int i = 1; i <= SIZE; i++) {
			String file = "%03d.md".formatted(i);
			texts.add(parse(file, read(file)));
		}
		return texts;
	}

	static List<Query> queries() {
		List<Query> queries = new ArrayList<>();
		for (String line : read("queries-public.tsv").split("\\R")) {
			if (!line.isBlank()) {
				String[] columns = line.split("\t");
				queries.add(new Query(columns[0], List.of(columns[1].split(","))));
			}
		}
		return queries;
	}

	static Text parse(String file, String content) {
		String[] parts = content.split("(?m)^---\\s*$", 3);
		Map<String, String> front = new LinkedHashMap<>();
		for (String line : parts[1].split("\\R")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
		}
		String number = front.get("doc_number");
		return new Text(file, front.get("title"), front.get("issuer"), number == null || number.isBlank() ? null : number,
				LocalDate.parse(front.get("date")), front.get("kind"), validity(front.get("validity")),
				parts[2].replace("<!-- INFO END -->", "").strip());
	}

	private static Validity validity(String text) {
		return switch (text) {
			case "已修改" -> Validity.AMENDED;
			case "已废止" -> Validity.REPEALED;
			case "失效" -> Validity.EXPIRED;
			default -> Validity.VALID;
		};
	}

	private static String read(String name) {
		try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource corpus/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
