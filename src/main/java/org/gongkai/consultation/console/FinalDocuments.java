package org.gongkai.consultation.console;

import java.util.Optional;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.springframework.stereotype.Component;

/** Finds the final decision document in the public catalogue by its index number (索引号) or its id. */
@Component
class FinalDocuments {

	private final Catalogue catalogue;

	FinalDocuments(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	Optional<DocumentView> find(String indexNumberOrId) {
		String key = indexNumberOrId == null ? "" : indexNumberOrId.strip();
		if (key.isEmpty()) {
			return Optional.empty();
		}
		if (key.matches("\\d{1,18}")) {
			return catalogue.publicDocument(Long.parseLong(key));
		}
		return catalogue.publicByIndexNumber(key);
	}

}
