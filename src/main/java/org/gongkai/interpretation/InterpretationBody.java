package org.gongkai.interpretation;

import org.gongkai.catalogue.RichText;
import org.gongkai.common.Texts;
import org.jsoup.nodes.Entities;

/**
 * The body of an interpretation's catalogue document, so that search, feeds and the document page carry its whole
 * content: the text as written (for a graphic its full text alternative, for audio/video its summary and link), and
 * for a Q&A interpretation its questions and answers as a definition list after the introduction.
 */
final class InterpretationBody {

	private InterpretationBody() {
	}

	static String html(InterpretationDraft draft) {
		StringBuilder html = new StringBuilder();
		String text = Texts.blankToNull(draft.body());
		if (text != null) {
			html.append(RichText.fromPlainText(text));
		}
		if (draft.form() == InterpretationForm.QA) {
			html.append("<dl>");
			for (QaPair pair : draft.pairs()) {
				html.append("<dt>").append(Entities.escape(pair.question().strip())).append("</dt><dd>")
					.append(RichText.fromPlainText(pair.answer().strip())).append("</dd>");
			}
			html.append("</dl>");
		}
		if (draft.form() == InterpretationForm.MEDIA) {
			String url = draft.mediaUrl().strip();
			html.append("<p><a href=\"").append(Entities.escape(url)).append("\">").append(Entities.escape(url))
				.append("</a></p>");
		}
		return html.toString();
	}

}
