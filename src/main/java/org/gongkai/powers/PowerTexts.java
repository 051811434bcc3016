package org.gongkai.powers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentSearch;
import org.gongkai.catalogue.DocumentView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Between the console's text form and a draft: the same cell formats as the import, and back for editing. */
@Component
@Transactional(readOnly = true)
public class PowerTexts {

	private final Catalogue catalogue;

	private final DocumentSearch documents;

	PowerTexts(Catalogue catalogue, DocumentSearch documents) {
		this.catalogue = catalogue;
		this.documents = documents;
	}

	/** The form as a draft; {@link InvalidPower} naming {@code basis} or {@code responsibilities} for a bad line. */
	public PowerDraft draft(PowerForm form) {
		form.powerType();
		List<FieldProblem> problems = new ArrayList<>();
		List<Integer> badBasis = new ArrayList<>();
		List<LegalBasis> basis = new ArrayList<>();
		for (PowerCells.BasisLine line : PowerCells.basis(form.basis(), badBasis)) {
			Long documentId = null;
			if (line.indexNumber() != null) {
				documentId = catalogue.publicByIndexNumber(line.indexNumber()).map(DocumentView::id).orElse(null);
				if (documentId == null) {
					problems.add(new FieldProblem("basis", "powers.basis.indexUnknown", line.indexNumber()));
				}
			}
			basis.add(new LegalBasis(line.lawName(), line.article(), documentId));
		}
		badBasis.forEach(n -> problems.add(new FieldProblem("basis", "powers.basis.line", n)));
		List<Integer> badDuties = new ArrayList<>();
		List<Responsibility> duties = PowerCells.duties(form.responsibilities(), badDuties);
		badDuties.forEach(n -> problems.add(new FieldProblem("responsibilities", "powers.duty.line", n)));
		if (!problems.isEmpty()) {
			throw new InvalidPower(problems);
		}
		return new PowerDraft(form.name(), form.powerType(), PowerCells.lines(form.subItems()), basis,
				form.implementingBody(), form.handlingUnitId(), form.reviewForward(), form.finalApprovingBody(), duties,
				form.accountability(), form.supervisionMethod(), form.supervisionPhone(), form.fees(),
				form.timeLimit());
	}

	/** An item's edit form. */
	public PowerForm form(String code, PowerDraft d) {
		Map<Long, String> indexNumbers = new HashMap<>();
		documents.publicSummaries(d.basis().stream().map(LegalBasis::documentId).filter(java.util.Objects::nonNull)
			.toList()).forEach((id, s) -> indexNumbers.put(id, s.indexNumber()));
		return new PowerForm(code, d.name(), d.type().name(), String.join("\n", d.subItems()),
				PowerCells.basisText(d.basis(), indexNumbers), d.implementingBody(), d.handlingUnitId(),
				d.reviewForward(), d.finalApprovingBody(), PowerCells.dutiesText(d.responsibilities()),
				d.accountability(), d.supervisionMethod(), d.supervisionPhone(), d.fees(), d.timeLimit(), null, null,
				null, null);
	}

}
