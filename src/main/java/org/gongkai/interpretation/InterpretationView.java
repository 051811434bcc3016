package org.gongkai.interpretation;

import java.util.List;
import java.util.Locale;

import org.gongkai.catalogue.AttachmentView;
import org.gongkai.catalogue.DocumentView;

/**
 * A published interpretation as its page shows it: the interpretation, its catalogue document (title, index
 * number, body = the text or full text alternative), the images of a graphic, and the policy's public document.
 */
public record InterpretationView(InterpretationDetails interpretation, DocumentView document, DocumentView policy,
		String unitName) {

	/** The images attached to the document: the graphic (图解) itself. */
	public List<AttachmentView> images() {
		return document.attachments()
			.stream()
			.filter(a -> a.contentType() != null && a.contentType().toLowerCase(Locale.ROOT).startsWith("image/"))
			.toList();
	}

	/** Attachments that are not images (e.g. the full policy text as PDF). */
	public List<AttachmentView> files() {
		return document.attachments().stream().filter(a -> !images().contains(a)).toList();
	}

}
