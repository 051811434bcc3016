package org.gongkai.search;

import java.time.LocalDate;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/**
 * Publishes test documents through the real workflow: the disclosure office drafts, submits and publishes, a
 * second member of the office does the confidentiality review (nobody reviews their own draft).
 */
final class Publishing {

	private final DocumentWorkflow workflow;

	private final Me editor;

	private final Me reviewer;

	private final long unitId;

	private final String issuingBody;

	private final Catalogue catalogue;

	Publishing(DocumentWorkflow workflow, Catalogue catalogue, UnitManagement units) {
		this.workflow = workflow;
		this.catalogue = catalogue;
		UnitView unit = units.active().get(0);
		this.unitId = unit.id();
		this.issuingBody = unit.name();
		this.editor = new Me(0, "office", "公开办", unit.id(), unit.name(), Set.of(Role.DISCLOSURE_OFFICE));
		this.reviewer = new Me(0, "office-reviewer", "公开办审查", unit.id(), unit.name(),
				Set.of(Role.DISCLOSURE_OFFICE));
	}

	Me editor() {
		return editor;
	}

	long unitId() {
		return unitId;
	}

	long category(String code) {
		return catalogue.categories().stream().filter(c -> c.code().equals(code)).findFirst()
			.map(CategoryView::id).orElseThrow();
	}

	/** A document with the given content in 法规文件, published now. */
	long publish(String title, String documentNumber, String summary, String bodyHtml) {
		return publish(metadata(title, documentNumber, summary, bodyHtml, category("regulations"), "其他文件",
				LocalDate.of(2026, 11, 20)));
	}

	long publish(DocumentMetadata metadata) {
		long id = draft(metadata);
		workflow.submit(editor, id);
		workflow.review(reviewer, id, ReviewConclusion.DISCLOSABLE, null);
		workflow.publish(editor, id, null);
		return id;
	}

	long draft(DocumentMetadata metadata) {
		return workflow.createDraft(editor, metadata);
	}

	void changeValidity(long id, Validity validity, LocalDate since) {
		workflow.changeValidity(editor, id, validity, since, null);
	}

	void withdraw(long id) {
		workflow.withdraw(editor, id, "test: withdrawn");
	}

	DocumentMetadata metadata(String title, String documentNumber, String summary, String bodyHtml, long categoryId,
			String type, LocalDate formedOn) {
		return metadata(unitId, title, documentNumber, summary, bodyHtml, categoryId, type, formedOn);
	}

	DocumentMetadata metadata(long unit, String title, String documentNumber, String summary, String bodyHtml,
			long categoryId, String type, LocalDate formedOn) {
		return new DocumentMetadata(title, summary, documentNumber, issuingBody, unit, categoryId, null, type,
				formedOn, null, null, Disclosure.PROACTIVE, null, bodyHtml);
	}

}
