package org.gongkai.requests.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The tracking page's form: the tracking number and the query code, sent by POST so that the code lands in no
 * address bar, history or access log.
 */
record TrackForm(@NotBlank @Size(max = 40) String trackingNumber, @NotBlank @Size(max = 40) String queryCode) {

	static TrackForm of(String trackingNumber) {
		return new TrackForm(trackingNumber, null);
	}

}
