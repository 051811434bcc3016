import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The product's search query run directly by Lucene's IndexSearcher on the product's index directory, for the
 * overhead ratio of the benchmark kit. It rebuilds what search.DocumentQuery and search.QueryWords build
 * through Hibernate Search: the query split into smartcn words (a lone Chinese character joined to the word
 * before it; quoted phrases and -exclusions as phrases), each word matched in title^3, keywords^2, summary,
 * documentNumberText, body and attachments.text, most words required (all of up to three, then all but one in
 * four), OR the normalised 文号 keyword (boost 10) when the query looks like one; with no hit, any one word
 * (relaxed). Sorted by score, then publishedAt descending; the first 20 hits with their stored fields. Not done:
 * highlighting and the database read of the 文号 (the product's own work, which the ratio shows).
 *
 * <pre>java -cp 'EXPLODED_JAR/BOOT-INF/lib/*' bench/RawLucene.java INDEX_DIR QUERIES_FILE WARMUP_PASSES PASSES</pre>
 *
 * Prints one JSON object per query: {"q":…, "total":…, "relaxed":…, "ms":[…]}.
 */
public class RawLucene {

	static final Analyzer SMARTCN = new SmartChineseAnalyzer();

	static final String[] TEXT_FIELDS = { "summary", "documentNumberText", "body", "attachments.text" };

	static final int PAGE_SIZE = 20;

	public static void main(String[] args) throws IOException {
		Path index = Path.of(args[0]);
		List<String> queries = Files.readAllLines(Path.of(args[1])).stream().filter(q -> !q.isBlank()).toList();
		int warmup = Integer.parseInt(args[2]);
		int passes = Integer.parseInt(args[3]);
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Sort sort = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField("publishedAt", SortField.Type.LONG, true));
			for (int i = 0; i < warmup; i++) {
				for (String q : queries) {
					run(searcher, sort, q);
				}
			}
			List<List<Double>> times = new ArrayList<>();
			queries.forEach(q -> times.add(new ArrayList<>()));
			Result[] last = new Result[queries.size()];
			for (int pass = 0; pass < passes; pass++) {
				for (int i = 0; i < queries.size(); i++) {
					long start = System.nanoTime();
					last[i] = run(searcher, sort, queries.get(i));
					times.get(i).add((System.nanoTime() - start) / 1e6);
				}
			}
			for (int i = 0; i < queries.size(); i++) {
				System.out.println("{\"q\": \"" + queries.get(i).replace("\\", "\\\\").replace("\"", "\\\"")
						+ "\", \"total\": " + last[i].total + ", \"relaxed\": " + last[i].relaxed + ", \"ms\": "
						+ times.get(i) + "}");
			}
		}
	}

	record Result(long total, boolean relaxed) {
	}

	static Result run(IndexSearcher searcher, Sort sort, String q) throws IOException {
		TopDocs top = search(searcher, sort, query(q, false));
		boolean relaxed = false;
		if (top.totalHits.value == 0) {
			TopDocs any = search(searcher, sort, query(q, true));
			relaxed = any.totalHits.value > 0;
			top = relaxed ? any : top;
		}
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : top.scoreDocs) {
			stored.document(hit.doc);
		}
		return new Result(top.totalHits.value, relaxed);
	}

	/** The first page, counting every hit exactly (as Hibernate Search does by default). */
	static TopDocs search(IndexSearcher searcher, Sort sort, Query query) throws IOException {
		return searcher.search(query, new TopFieldCollectorManager(sort, PAGE_SIZE, null, Integer.MAX_VALUE, false));
	}

	/** DocumentQuery.words: the words over the fields, most of them required, or the 文号 keyword. */
	static Query query(String q, boolean relaxed) {
		Words parsed = Words.parse(q);
		if (parsed.words.isEmpty() && parsed.phrases.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		for (String word : parsed.words) {
			text.add(fields(word, false), Occur.SHOULD);
		}
		if (!parsed.words.isEmpty()) {
			text.setMinimumNumberShouldMatch(relaxed ? 1 : parsed.required());
		}
		for (String phrase : parsed.phrases) {
			text.add(fields(phrase, true), Occur.MUST);
		}
		for (String word : parsed.excluded) {
			text.add(fields(word, true), Occur.MUST_NOT);
		}
		Query words = text.build();
		String number = normalizeNumber(q);
		if (!(number.matches(".*\\[\\d{4}].*") || number.endsWith("号"))) {
			return words;
		}
		return new BooleanQuery.Builder().add(words, Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term("documentNumber", number)), 10f), Occur.SHOULD)
			.build();
	}

	/** One word (or phrase) in every text field, with the title and keyword boosts: any field may match. */
	static Query fields(String text, boolean phrase) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		add(any, "title", text, phrase, 3f);
		add(any, "keywords", text, phrase, 2f);
		for (String field : TEXT_FIELDS) {
			add(any, field, text, phrase, 1f);
		}
		return any.build();
	}

	static void add(BooleanQuery.Builder any, String field, String text, boolean phrase, float boost) {
		QueryBuilder builder = new QueryBuilder(SMARTCN);
		Query query = phrase ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text);
		if (query != null) {
			any.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
		}
	}

	/** DocumentNumbers.normalize: every kind of bracket as [ ], no spaces. */
	static String normalizeNumber(String number) {
		StringBuilder out = new StringBuilder();
		number.strip().codePoints().forEach(c -> {
			switch (c) {
				case '〔', '[', '(', '（', '【', '［', '{', '｛' -> out.append('[');
				case '〕', ']', ')', '）', '】', '］', '}', '｝' -> out.append(']');
				case ' ', '\u3000' -> {
				}
				default -> out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** QueryWords.parse, as the product reads a query. */
	static final class Words {

		final List<String> words = new ArrayList<>();

		final List<String> phrases = new ArrayList<>();

		final List<String> excluded = new ArrayList<>();

		int required() {
			return words.size() - words.size() / 4;
		}

		static Words parse(String query) {
			Words parsed = new Words();
			List<String> plain = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < query.length(); i++) {
				char c = query.charAt(i);
				if (c == '"' || c == '“' || c == '”') {
					flush(current, quoted ? parsed.phrases : plain);
					quoted = !quoted;
				}
				else if (!quoted && Character.isWhitespace(c)) {
					flush(current, plain);
				}
				else {
					current.append(c);
				}
			}
			flush(current, quoted ? parsed.phrases : plain);
			Set<String> words = new LinkedHashSet<>();
			for (String part : plain) {
				if (part.length() > 1 && part.charAt(0) == '-') {
					parsed.excluded.add(part.substring(1));
				}
				else {
					words.addAll(joinSingleCharacters(tokens(part)));
				}
			}
			parsed.words.addAll(words);
			parsed.phrases.removeIf(p -> tokens(p).isEmpty());
			parsed.excluded.removeIf(w -> tokens(w).isEmpty());
			return parsed;
		}

		static List<String> joinSingleCharacters(List<String> tokens) {
			List<String> joined = new ArrayList<>();
			for (String token : tokens) {
				boolean lone = token.codePointCount(0, token.length()) == 1
						&& Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN;
				String previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
				if (lone && previous != null && previous.codePointCount(0, previous.length()) > 1) {
					joined.set(joined.size() - 1, previous + token);
				}
				else {
					joined.add(token);
				}
			}
			return joined;
		}

		static List<String> tokens(String text) {
			List<String> tokens = new ArrayList<>();
			try (TokenStream stream = SMARTCN.tokenStream("", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					tokens.add(term.toString());
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return tokens;
		}

		static void flush(StringBuilder part, List<String> parts) {
			if (!part.toString().isBlank()) {
				parts.add(part.toString().strip());
			}
			part.setLength(0);
		}

	}

}
