package org.gongkai.requests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What letters take from the site's configuration (gongkai.site.*): the issuing body (the host organisation) and
 * the public address of catalogue documents. Letters leave the agency, so links are absolute: from
 * {@code gongkai.site.public-url}, else (development) from the request being served.
 */
@Component
class LetterSettings {

	private final String agency;

	private final String publicUrl;

	LetterSettings(@Value("${gongkai.site.host-organization}") String agency,
			@Value("${gongkai.site.public-url:}") String publicUrl) {
		this.agency = agency;
		this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
	}

	/** 发文机关: the agency that issues the letter. */
	String agency() {
		return agency;
	}

	/** The public page of a catalogue document. */
	String documentUrl(long id) {
		String path = "/catalogue/documents/" + id;
		if (!publicUrl.isEmpty()) {
			return publicUrl + path;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
		}
		return path;
	}

}
