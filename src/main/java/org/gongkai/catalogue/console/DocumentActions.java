package org.gongkai.catalogue.console;

import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.RevisionView;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;

/**
 * What the signed-in staff member may do with a document in its present state: the forms the page offers.
 * Only an offer: {@code DocumentWorkflow} checks the same rules again on the server (editors of the unit or the
 * disclosure office act; the unit's reviewer or the office reviews, never a version they created or changed:
 * {@link FourEyes}).
 *
 * @param ownDraft the member could review but drafted or changed the draft (保密审查 needs a second person)
 * @param ownRevision the member could review but proposed the pending revision
 */
public record DocumentActions(boolean edit, boolean submit, boolean review, boolean ownDraft, boolean publish,
		boolean propose, boolean reviewRevision, boolean ownRevision, boolean validity, boolean withdraw) {

	static DocumentActions of(Me me, DocumentView document, RevisionView pending) {
		boolean editor = canEdit(me, document.unitId());
		boolean reviewer = canReview(me, document.unitId());
		DocumentStatus status = document.status();
		boolean draft = status == DocumentStatus.DRAFT;
		boolean submitted = status == DocumentStatus.SUBMITTED;
		boolean published = status == DocumentStatus.PUBLISHED;
		boolean ownDraft = !FourEyes.independent(me, document.contributors());
		boolean ownRevision = pending != null && !FourEyes.independent(me, pending.contributors());
		return new DocumentActions(editor && draft, editor && draft, reviewer && submitted && !ownDraft,
				reviewer && submitted && ownDraft, editor && status == DocumentStatus.APPROVED,
				editor && published && pending == null, reviewer && published && pending != null && !ownRevision,
				reviewer && published && ownRevision, editor && published,
				editor && (published || status == DocumentStatus.APPROVED));
	}

	/** Whether the member may start drafts at all: the "new document" button. */
	static boolean canDraft(Me me) {
		return me.office() || me.has(Role.UNIT_EDITOR);
	}

	static boolean canEdit(Me me, long unitId) {
		return me.office() || (me.has(Role.UNIT_EDITOR) && me.unitId() == unitId);
	}

	static boolean canReview(Me me, long unitId) {
		return me.office() || (me.has(Role.UNIT_REVIEWER) && me.unitId() == unitId);
	}

	/** Anything to offer besides reading. */
	public boolean any() {
		return edit || submit || review || publish || propose || reviewRevision || validity || withdraw;
	}

}
