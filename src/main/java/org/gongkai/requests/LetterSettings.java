package org.gongkai.requests;

import org.gongkai.common.PublicLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What letters take from the site's configuration (gongkai.site.*): the issuing body (the host organisation) and
 * the public address of catalogue documents. Letters leave the agency, so links are absolute: from
 * {@code gongkai.site.public-url}, else (development) from the request being served.
 */
@Component
class LetterSettings {

	private final String agency;

	private final PublicLinks links;

	LetterSettings(@Value("${gongkai.site.host-organization}") String agency, PublicLinks links) {
		this.agency = agency;
		this.links = links;
	}

	/** 发文机关: the agency that issues the letter. */
	String agency() {
		return agency;
	}

	/** The public page of a catalogue document. */
	String documentUrl(long id) {
		return links.absolute("/catalogue/documents/" + id);
	}

}
