package org.gongkai.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for matching that ignores case and width (ＡＢＣ = abc, ß = ss, ς = σ, ı = İ = i), which still knows
 * where each folded character came from. Folding can change a text's length (ß folds to ss, ﬁ to fi; with
 * {@code toLowerCase}, İ becomes two characters), so an offset found in a folded copy must never cut the original: {@link #find} answers
 * offsets in the original instead. Folding is per code point, with {@link Locale#ROOT}, the same for every reader.
 */
public final class FoldedText {

	private final String original;

	private final String folded;

	/** For each folded character: where its code point starts and ends in the original. */
	private final int[] starts;

	private final int[] ends;

	public FoldedText(String original) {
		this.original = original;
		StringBuilder out = new StringBuilder(original.length());
		int[] from = new int[original.length() + 8];
		int[] to = new int[original.length() + 8];
		for (int i = 0; i < original.length();) {
			int codePoint = original.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			String piece = fold(codePoint);
			if (out.length() + piece.length() > from.length) {
				from = Arrays.copyOf(from, (out.length() + piece.length()) * 2);
				to = Arrays.copyOf(to, from.length);
			}
			for (int k = 0; k < piece.length(); k++) {
				from[out.length() + k] = i;
				to[out.length() + k] = next;
			}
			out.append(piece);
			i = next;
		}
		this.folded = out.toString();
		this.starts = from;
		this.ends = to;
	}

	/** The folded form of a text, to compare two texts or to look one up. */
	public static String fold(String text) {
		return new FoldedText(text).folded;
	}

	public boolean contains(String word) {
		String needle = fold(word);
		return !needle.isEmpty() && folded.contains(needle);
	}

	/**
	 * The first occurrence of the word at or after {@code from} (an offset in the original), as a range of the
	 * original, or null when there is none.
	 */
	public Range find(String word, int from) {
		String needle = fold(word);
		if (needle.isEmpty()) {
			return null;
		}
		int at = firstFoldedAt(from);
		int found = at < 0 ? -1 : folded.indexOf(needle, at);
		return found < 0 ? null : new Range(starts[found], ends[found + needle.length() - 1]);
	}

	public String original() {
		return original;
	}

	private int firstFoldedAt(int originalOffset) {
		int low = 0;
		int high = folded.length();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (starts[middle] < originalOffset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low < folded.length() ? low : -1;
	}

	/**
	 * Compatibility (NFKC) folds widths and ligatures; full upper-casing folds ß to SS and both sigmas to Σ; simple
	 * lower-casing per code point then gives one letter for İ (i, not i + combining dot). ASCII takes the short way.
	 */
	private static String fold(int codePoint) {
		if (codePoint < 0x80) {
			return String.valueOf((char) Character.toLowerCase(codePoint));
		}
		String upper = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC)
			.toUpperCase(Locale.ROOT);
		StringBuilder lower = new StringBuilder(upper.length());
		upper.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
		return lower.toString();
	}

	/** A range of the original text: {@code [start, end)}. */
	public record Range(int start, int end) {
	}

}
