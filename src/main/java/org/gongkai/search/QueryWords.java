package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a visitor typed, read the way people type into a search box: words separated by spaces, a phrase in
 * quotes ({@code "…"} or {@code “…”}) that must appear as it is, and {@code -word} for a word that must not
 * appear. Nothing else has a meaning: {@code *}, {@code ~}, {@code (}, {@code \}, {@code AND} are plain text
 * (the analyzer drops the punctuation), so no input can break the query.
 * <p>
 * The words are split with smartcn, like the index: 失业保险金 becomes 失业/保险金. Because smartcn splits by
 * context (the same 失业保险金 at the end of a sentence becomes 失业/保险/金 in the index), a document needs
 * most of the words, not all of them; see {@link #required()}.
 *
 * @param words the smartcn words of the plain parts, without repeats
 * @param phrases quoted phrases
 * @param excluded words after a minus sign
 */
record QueryWords(List<String> words, List<String> phrases, List<String> excluded) {

	private static final Analyzer SMARTCN = new SmartChineseAnalyzer();

	/** Words a document may lack: one in four, so that three words are all needed and four need three. */
	private static final int TOLERANCE = 4;

	static QueryWords parse(String query) {
		List<String> plain = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '"' || c == '“' || c == '”') {
				add(current, quoted ? phrases : plain);
				quoted = !quoted;
			}
			else if (!quoted && Character.isWhitespace(c)) {
				add(current, plain);
			}
			else {
				current.append(c);
			}
		}
		add(current, quoted ? phrases : plain);
		Set<String> words = new LinkedHashSet<>();
		for (String part : plain) {
			if (part.length() > 1 && part.charAt(0) == '-') {
				excluded.add(part.substring(1));
			}
			else {
				words.addAll(joinSingleCharacters(tokens(part)));
			}
		}
		phrases.removeIf(phrase -> tokens(phrase).isEmpty());
		excluded.removeIf(word -> tokens(word).isEmpty());
		return new QueryWords(List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded));
	}

	/** How many of the words a document must contain: all of up to three, then all but one in four. */
	int required() {
		return words.size() - words.size() / TOLERANCE;
	}

	/** Nothing left to search for once punctuation and operators are gone. */
	boolean isEmpty() {
		return words.isEmpty() && phrases.isEmpty();
	}

	/**
	 * smartcn splits a short query differently from the same words in a sentence: 失业保险金 typed alone becomes
	 * 失业/保险/金, while the documents hold 失业/保险金, so requiring a lone 金 would miss them. A single Chinese
	 * character is joined to the word of two or more characters before it; matching that word (analysed again, any
	 * of its parts) finds both. Runs of single characters (an unknown word such as 考拉 split into 考/拉) stay apart.
	 */
	static List<String> joinSingleCharacters(List<String> tokens) {
		List<String> joined = new ArrayList<>();
		for (String token : tokens) {
			boolean lone = token.codePointCount(0, token.length()) == 1
					&& Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN;
			if (lone && !joined.isEmpty() && joined.get(joined.size() - 1).codePointCount(0,
					joined.get(joined.size() - 1).length()) > 1) {
				joined.set(joined.size() - 1, joined.get(joined.size() - 1) + token);
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
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static void add(StringBuilder part, List<String> parts) {
		if (!part.toString().isBlank()) {
			parts.add(part.toString().strip());
		}
		part.setLength(0);
	}

}
