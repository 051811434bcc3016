package org.gongkai.catalogue.site;

import jakarta.validation.constraints.NotBlank;

/**
 * The guide as the console's form sends it: HTML (sanitised on save) and the version it was read at.
 *
 * @param body the guide's HTML
 * @param version the stored version the editor started from
 */
record GuideForm(@NotBlank String body, long version) {

	static GuideForm of(GuideView guide) {
		return guide == null ? new GuideForm("", 0) : new GuideForm(guide.body(), guide.version());
	}

}
