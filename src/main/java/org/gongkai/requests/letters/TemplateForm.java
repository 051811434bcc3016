package org.gongkai.requests.letters;

import org.gongkai.requests.LetterTemplateView;

/**
 * A template as the edit form sends it.
 *
 * @param body the template's text
 * @param version the stored version the editor started from
 */
record TemplateForm(String body, long version) {

	static TemplateForm of(LetterTemplateView template) {
		return new TemplateForm(template.body(), template.version());
	}

}
