package org.gongkai.catalogue.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.ImportedDocuments;
import org.gongkai.identity.UnitManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded metadata file against today's units, categories, document types and catalogue: the
 * dry run, and the first step of every real import.
 */
@Component
class DocumentImport {

	private final ImportedDocuments imported;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final CatalogueProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	DocumentImport(ImportedDocuments imported, Catalogue catalogue, UnitManagement units,
			CatalogueProperties properties, MessageSource messages, Clock clock) {
		this.imported = imported;
		this.catalogue = catalogue;
		this.units = units;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	CheckReport check(byte[] metadataFile, AttachmentArchive archive) {
		try {
			Vocabulary words = new Vocabulary(units.all(), catalogue.categories(), properties.documentTypes(), messages);
			return new ImportCheck(words, imported, archive, properties.maxAttachmentSize().toBytes(),
					LocalDate.now(clock), clock.getZone())
				.check(MetadataFile.read(metadataFile));
		}
		catch (ImportRejected ex) {
			return new CheckReport(List.of(), ex.problems());
		}
	}

}
