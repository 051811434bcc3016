package org.gongkai.catalogue.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gongkai.catalogue.AttachmentView;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.RevisionView;
import org.gongkai.catalogue.Validity;

/** The JSON shapes of the public documents API: public metadata only, never workflow or staff data. */
final class ApiDocuments {

	private ApiDocuments() {
	}

	/** A page of the list; {@code page} counts from 1. */
	record DocumentList(List<Item> items, int page, int size, long total) {
	}

	/** A document in a list. */
	@Schema(name = "DocumentItem")
	record Item(long id, String indexNumber, String title, String documentNumber, String category, String unit,
			String documentType, LocalDate formedOn, Instant publishedAt, Validity validity, String url) {

		static Item of(DocumentSummary d, Map<Long, String> units, SiteLinks links) {
			return new Item(d.id(), d.indexNumber(), d.title(), d.documentNumber(), d.categoryName(),
					units.get(d.unitId()), d.documentType(), d.formedOn(), d.publishedAt(), d.validity(),
					links.document(d.id()));
		}

	}

	/** A whole document: metadata, body HTML (sanitised), attachments, versions and related documents. */
	@Schema(name = "DocumentDetail")
	record Detail(long id, String indexNumber, String title, String summary, String documentNumber,
			String issuingBody, long categoryId, String category, long unitId, String unit, String keywords,
			String documentType, LocalDate formedOn, Instant publishedAt, LocalDate effectiveOn, LocalDate expiresOn,
			Validity validity, LocalDate validityChangedOn, Link successor, List<Link> predecessors, int revision,
			Instant updatedAt, String body, List<File> attachments, List<Version> revisions, String url) {

		static Detail of(DocumentView d, String unit, Link successor, List<Link> predecessors, SiteLinks links) {
			return new Detail(d.id(), d.indexNumber(), d.title(), d.summary(), d.documentNumber(), d.issuingBody(),
					d.categoryId(), d.categoryName(), d.unitId(), unit, d.keywords(), d.documentType(), d.formedOn(),
					d.publishedAt(), d.effectiveOn(), d.expiresOn(), d.validity(), d.validityChangedOn(), successor,
					predecessors, d.revision(), d.updatedAt(), d.body(),
					d.attachments().stream().map(a -> File.of(a, links)).toList(),
					d.revisions().stream().map(Version::of).toList(), links.document(d.id()));
		}

	}

	/** Another public document: a successor or a predecessor. */
	record Link(long id, String indexNumber, String title, String url) {

		static Link of(long id, String indexNumber, String title, SiteLinks links) {
			return new Link(id, indexNumber, title, links.document(id));
		}

	}

	/** An attachment and where to download it. */
	@Schema(name = "DocumentFile")
	record File(long id, String fileName, String contentType, long sizeBytes, String sha256, String url) {

		static File of(AttachmentView a, SiteLinks links) {
			return new File(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
					links.absolute("/catalogue/attachments/" + a.id()));
		}

	}

	/** A published version of the document. */
	@Schema(name = "DocumentVersion")
	record Version(Integer revision, String title, String note, Instant publishedAt) {

		static Version of(RevisionView r) {
			return new Version(r.revision(), r.title(), r.note(), r.publishedAt());
		}

	}

}
