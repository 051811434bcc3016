package org.gongkai.requests.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a letter's plain text as an official document lays them out (GB/T 9704): the title and the
 * reference lines under it centred, the salutation flush left, the body paragraphs indented by two characters,
 * and the issuing body and date at the right. The text stays what the handler issued; only the layout is read
 * from it: the first line is the title, the lines up to the salutation (the first line ending in a colon within
 * the first few) are reference lines, and a closing date line, with the short line above it, is the signature.
 */
public record LetterLayout(String title, List<String> references, String salutation, List<String> paragraphs,
		List<String> signature) {

	private static final Pattern DATE_LINE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");

	private static final int HEADING_LINES = 4;

	private static final int SIGNATURE_NAME_LENGTH = 40;

	public LetterLayout {
		references = List.copyOf(references);
		paragraphs = List.copyOf(paragraphs);
		signature = List.copyOf(signature);
	}

	public static LetterLayout of(String text) {
		List<String> lines = new ArrayList<>(text.replace("\r\n", "\n")
			.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList());
		if (lines.isEmpty()) {
			return new LetterLayout("", List.of(), null, List.of(), List.of());
		}
		String title = lines.remove(0);
		List<String> signature = signature(lines);
		int salutationAt = -1;
		for (int i = 0; i < Math.min(HEADING_LINES, lines.size()); i++) {
			if (lines.get(i).endsWith("：") || lines.get(i).endsWith(":")) {
				salutationAt = i;
				break;
			}
		}
		List<String> references = salutationAt < 0 ? List.of() : lines.subList(0, salutationAt);
		String salutation = salutationAt < 0 ? null : lines.get(salutationAt);
		List<String> paragraphs = lines.subList(salutationAt + 1, lines.size());
		return new LetterLayout(title, references, salutation, paragraphs, signature);
	}

	/** Takes the signature (issuing body and date) off the end of {@code lines}. */
	private static List<String> signature(List<String> lines) {
		if (lines.isEmpty() || !DATE_LINE.matcher(lines.get(lines.size() - 1)).matches()) {
			return List.of();
		}
		String date = lines.remove(lines.size() - 1);
		if (!lines.isEmpty()) {
			String above = lines.get(lines.size() - 1);
			if (above.length() <= SIGNATURE_NAME_LENGTH && !above.matches(".*[。；：:，,]$")) {
				lines.remove(lines.size() - 1);
				return List.of(above, date);
			}
		}
		return List.of(date);
	}

}
