package org.gongkai.consultation.console;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.common.FoldedText;
import org.gongkai.consultation.CommentView;

/**
 * A flagged comment's text cut at the sensitive words (敏感词) that flagged it, so that the moderator's page marks
 * them without ever rendering the comment as markup. Matching ignores case and width, as the flagging does; the
 * cuts are made at offsets of the original text (a folded copy can be longer: İ folds to two characters).
 */
public final class Highlights {

	static final Highlights INSTANCE = new Highlights();

	/** A piece of the text: a sensitive word ({@code hit}) or the text between. */
	public record Segment(String text, boolean hit) {
	}

	private Highlights() {
	}

	public List<Segment> of(CommentView comment) {
		return segments(comment.body(), comment.flaggedWords());
	}

	static List<Segment> segments(String text, List<String> words) {
		List<Segment> segments = new ArrayList<>();
		FoldedText folded = new FoldedText(text);
		int at = 0;
		while (at < text.length()) {
			FoldedText.Range next = null;
			for (String word : words) {
				FoldedText.Range found = folded.find(word, at);
				if (found != null && (next == null || found.start() < next.start()
						|| (found.start() == next.start() && found.end() > next.end()))) {
					next = found;
				}
			}
			if (next == null) {
				segments.add(new Segment(text.substring(at), false));
				break;
			}
			if (next.start() > at) {
				segments.add(new Segment(text.substring(at, next.start()), false));
			}
			segments.add(new Segment(text.substring(next.start(), next.end()), true));
			at = next.end();
		}
		return segments;
	}

}
