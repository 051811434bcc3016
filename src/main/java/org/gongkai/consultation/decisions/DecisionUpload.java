package org.gongkai.consultation.decisions;

import org.springframework.web.multipart.MultipartFile;

/** The evidence upload form: one file. */
record DecisionUpload(MultipartFile file) {

	static DecisionUpload empty() {
		return new DecisionUpload(null);
	}

}
