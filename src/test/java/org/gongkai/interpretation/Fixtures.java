package org.gongkai.interpretation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.RichText;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/**
 * Publishes policies and interpretations through the real workflow: an editor of the unit drafts and publishes, the
 * disclosure office reviews. The tasks follow from the catalogue's events, after commit, on another thread.
 */
final class Fixtures {

	final DocumentWorkflow workflow;

	final Catalogue catalogue;

	final Interpretations interpretations;

	final InterpretationTaskRepository tasks;

	final UnitView employment;

	final UnitView legal;

	final Me employmentEditor;

	final Me legalEditor;

	final Me office;

	Fixtures(DocumentWorkflow workflow, Catalogue catalogue, Interpretations interpretations,
			InterpretationTaskRepository tasks, UnitManagement units) {
		this.workflow = workflow;
		this.catalogue = catalogue;
		this.interpretations = interpretations;
		this.tasks = tasks;
		this.employment = unit(units, "employment");
		this.legal = unit(units, "legal");
		this.employmentEditor = new Me(0, "editor", "就业处编辑", employment.id(), employment.name(),
				Set.of(Role.UNIT_EDITOR));
		this.legalEditor = new Me(0, "legal-editor", "法规处编辑", legal.id(), legal.name(), Set.of(Role.UNIT_EDITOR));
		this.office = new Me(0, "office", "公开办", unit(units, "office").id(), "办公室",
				Set.of(Role.DISCLOSURE_OFFICE));
	}

	private static UnitView unit(UnitManagement units, String code) {
		return units.all().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
	}

	long category(String code) {
		return catalogue.categories().stream().filter(c -> c.code().equals(code)).findFirst()
			.map(CategoryView::id).orElseThrow();
	}

	/** A normative document (行政规范性文件) of 就业处, published now by its editor. */
	long publishPolicy(String title, String text) {
		DocumentMetadata metadata = new DocumentMetadata(title, null, null, "湖南省人力资源和社会保障厅",
				employment.id(), category("employment"), null, "行政规范性文件", LocalDate.of(2026, 9, 1), null, null,
				Disclosure.PROACTIVE, null, RichText.fromPlainText(text));
		long id = workflow.createDraft(employmentEditor, metadata);
		reviewAndPublish(employmentEditor, id);
		return id;
	}

	void reviewAndPublish(Me editor, long documentId) {
		workflow.submit(editor, documentId);
		workflow.review(office, documentId, ReviewConclusion.DISCLOSABLE, null);
		workflow.publish(editor, documentId, null);
	}

	/** The task of the policy, once the listener has opened it. */
	InterpretationTask awaitTask(long policyId) {
		await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findByPolicyId(policyId).isPresent());
		return tasks.findByPolicyId(policyId).orElseThrow();
	}

	InterpretationTask awaitTaskStatus(long policyId, TaskStatus status) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> tasks.findByPolicyId(policyId).map(InterpretationTask::getStatus).orElse(null) == status);
		return tasks.findByPolicyId(policyId).orElseThrow();
	}

	Optional<InterpretationSummary> awaitPublished(long policyId, long interpretationId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> interpretations.ofPolicy(policyId).stream().anyMatch(i -> i.id() == interpretationId));
		return interpretations.ofPolicy(policyId).stream().filter(i -> i.id() == interpretationId).findFirst();
	}

	static InterpretationDraft text(long policyId, String title, String body) {
		return new InterpretationDraft(policyId, null, InterpretationForm.TEXT, title, null, body, null, null, null,
				List.of());
	}

	static InterpretationDraft qa(long policyId, String title, List<QaPair> pairs) {
		return new InterpretationDraft(policyId, null, InterpretationForm.QA, title, null, null, null, null, null,
				pairs);
	}

}
