package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree (信息分类) as the disclosure office edits it: add, rename, move under another parent,
 * reorder among siblings, and delete a category that holds no documents and no subcategories. The tree
 * never gets a cycle. Every change is audited.
 */
@Service
@Transactional
public class CategoryManagement {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private static final int STEP = 10;

	private final CategoryRepository categories;

	private final DocumentRepository documents;

	private final ApplicationEventPublisher events;

	CategoryManagement(CategoryRepository categories, DocumentRepository documents, ApplicationEventPublisher events) {
		this.categories = categories;
		this.documents = documents;
		this.events = events;
	}

	/** Documents filed directly under each category, in any state (a category with any cannot be deleted). */
	@Transactional(readOnly = true)
	public Map<Long, Long> documentCounts() {
		return counts(false);
	}

	/** Public documents filed directly under each category, for the catalogue's tree. */
	@Transactional(readOnly = true)
	public Map<Long, Long> publicCounts() {
		return counts(true);
	}

	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
	public CategoryView create(String code, String name, Long parentId, int sortOrder) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw RuleViolation.invalid("code", "category.code.pattern");
		}
		if (categories.existsByCode(code)) {
			throw RuleViolation.conflict("code", "category.code.taken", code);
		}
		String cleanName = checkedName(name, parentId, null);
		requireParent(parentId, null);
		Category category = categories.save(new Category(parentId, code, cleanName, sortOrder));
		audit("category.created", category, "created category " + cleanName + " (" + code + ")");
		return category.toView();
	}

	/** Renames, moves (another parent, or none for the top level) and reorders a category in one step. */
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
	public CategoryView update(long id, String name, Long parentId, int sortOrder) {
		Category category = find(id);
		CategoryView before = category.toView();
		String cleanName = checkedName(name, parentId, id);
		requireParent(parentId, id);
		category.rename(cleanName, parentId, sortOrder);
		audit("category.updated", category, before.name() + " → " + cleanName + ", parent " + parentId
				+ ", order " + sortOrder);
		return category.toView();
	}

	/** Gives a category its English name, or takes it away (blank): English pages then show the Chinese one. */
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
	public CategoryView nameInEnglish(long id, String english) {
		Category category = find(id);
		String clean = english == null || english.isBlank() ? null : english.strip();
		if (clean != null && clean.length() > 100) {
			throw RuleViolation.invalid("nameEn", "category.nameEn.invalid");
		}
		if (!java.util.Objects.equals(clean, category.toView().nameEn())) {
			category.nameInEnglish(clean);
			audit("category.updated", category, category.getName() + ": English name " + clean);
		}
		return category.toView();
	}

	/** Moves a category one place up ({@code -1}) or down ({@code +1}) among its siblings. */
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
	public void shift(long id, int direction) {
		Category category = find(id);
		List<Category> siblings = new ArrayList<>(siblingsOf(category.getParentId()));
		int from = siblings.indexOf(category);
		int to = from + Integer.signum(direction);
		if (to < 0 || to >= siblings.size()) {
			return;
		}
		siblings.remove(from);
		siblings.add(to, category);
		for (int i = 0; i < siblings.size(); i++) {
			Category sibling = siblings.get(i);
			sibling.rename(sibling.getName(), sibling.getParentId(), (i + 1) * STEP);
		}
		audit("category.reordered", category, category.getName() + " moved " + (direction < 0 ? "up" : "down"));
	}

	/** Deletes an empty category; one that holds documents or subcategories stays. */
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
	public void delete(long id) {
		Category category = find(id);
		long held = documents.countInCategory(id);
		if (held > 0) {
			throw RuleViolation.conflict(null, "category.delete.hasDocuments", category.getName(), held);
		}
		if (!siblingsOf(id).isEmpty()) {
			throw RuleViolation.conflict(null, "category.delete.hasChildren", category.getName());
		}
		categories.delete(category);
		audit("category.deleted", category, "deleted category " + category.getName());
	}

	private Map<Long, Long> counts(boolean publicOnly) {
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : documents.countPerCategory(publicOnly)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return counts;
	}

	private String checkedName(String name, Long parentId, Long self) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 100) {
			throw RuleViolation.invalid("name", "category.name.invalid");
		}
		boolean taken = siblingsOf(parentId).stream()
			.anyMatch(c -> !c.getId().equals(self) && c.getName().equalsIgnoreCase(clean));
		if (taken) {
			throw RuleViolation.conflict("name", "category.name.taken", clean);
		}
		return clean;
	}

	/** The parent must exist and must not be the category itself or one of its descendants. */
	private void requireParent(Long parentId, Long self) {
		if (parentId == null) {
			return;
		}
		Map<Long, Category> all = new HashMap<>();
		categories.findAll().forEach(c -> all.put(c.getId(), c));
		if (!all.containsKey(parentId)) {
			throw RuleViolation.invalid("parentId", "category.parent.unknown");
		}
		Long ancestor = parentId;
		for (int depth = 0; ancestor != null && depth <= all.size(); depth++) {
			if (ancestor.equals(self)) {
				throw RuleViolation.invalid("parentId", "category.parent.cycle");
			}
			ancestor = all.get(ancestor).getParentId();
		}
	}

	private List<Category> siblingsOf(Long parentId) {
		return categories.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.filter(c -> Objects.equals(c.getParentId(), parentId))
			.toList();
	}

	private Category find(long id) {
		return categories.findById(id).orElseThrow(() -> RuleViolation.notFound("category.notFound", id));
	}

	private void audit(String action, Category category, String summary) {
		events.publishEvent(AuditEvent.of(action, "Category", category.getId(), summary));
	}

}
