package org.gongkai.consultation.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.consultation.CommentView;

/**
 * A flagged comment's text cut at the sensitive words (敏感词) that flagged it, so that the moderator's page marks
 * them without ever rendering the comment as markup. Matching ignores case, as the flagging does.
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
		String lower = text.toLowerCase(Locale.ROOT);
		int at = 0;
		while (at < text.length()) {
			int next = -1;
			String word = null;
			for (String w : words) {
				if (w.isEmpty()) {
					continue;
				}
				int found = lower.indexOf(w.toLowerCase(Locale.ROOT), at);
				if (found >= 0 && (next < 0 || found < next || (found == next && w.length() > word.length()))) {
					next = found;
					word = w;
				}
			}
			if (next < 0) {
				segments.add(new Segment(text.substring(at), false));
				break;
			}
			if (next > at) {
				segments.add(new Segment(text.substring(at, next), false));
			}
			segments.add(new Segment(text.substring(next, next + word.length()), true));
			at = next + word.length();
		}
		return segments;
	}

}
