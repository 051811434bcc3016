package org.gongkai.catalogue;

import java.util.List;

/**
 * What a public document's page shows besides the document: its successor when that is public too, the public
 * documents it replaces, and the latest others of its category.
 */
public record PublicDocument(DocumentView document, DocumentView.Successor publicSuccessor,
		List<DocumentSummary> predecessors, List<DocumentSummary> related) {
}
