package org.gongkai.catalogue.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.catalogue.Validity;

/**
 * A row that passed every check, ready to import.
 *
 * @param attachments the entries of the ZIP the row names, read when the row is imported
 * @param existing the document already in the catalogue that the row matches (by 索引号, else by 文号, title and
 * date formed), or {@code null} when the row is new
 */
public record PlannedRow(int line, String indexNumber, DocumentMetadata metadata, Instant publishedAt,
		Validity validity, LocalDate validitySince, List<String> attachments, ImportedDocuments.Existing existing) {

	public String title() {
		return metadata.title();
	}

	public boolean present() {
		return existing != null;
	}

}
