package org.gongkai.catalogue.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.gongkai.catalogue.CategoryView;

/**
 * The category tree laid out for pages: every category in tree order with its depth and the number of
 * documents under it, subcategories included (a parent's link shows everything below it, as the catalogue's
 * category filter does).
 */
record CategoryTree(List<Node> nodes) {

	/** A category at its place in the tree. */
	record Node(CategoryView category, int depth, long count, boolean hasChildren) {

		public long id() {
			return category.id();
		}

		public String name() {
			return category.name();
		}

		/** The name indented by depth, for a select's options (a select cannot nest more than one level). */
		public String indentedName() {
			return "\u3000".repeat(depth) + category.name();
		}

		/** The name in the reader's language (English pages: the English name where there is one). */
		public String name(java.util.Locale locale) {
			return category.name(locale);
		}

		public String indentedName(java.util.Locale locale) {
			return "\u3000".repeat(depth) + category.name(locale);
		}

	}

	static CategoryTree of(List<CategoryView> categories, Map<Long, Long> directCounts) {
		Map<Long, List<CategoryView>> children = new LinkedHashMap<>();
		for (CategoryView c : categories) {
			children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
		}
		List<Node> nodes = new ArrayList<>();
		Set<Long> placed = new HashSet<>();
		add(null, 0, children, directCounts, nodes, placed);
		return new CategoryTree(List.copyOf(nodes));
	}

	private static long add(Long parentId, int depth, Map<Long, List<CategoryView>> children,
			Map<Long, Long> directCounts, List<Node> nodes, Set<Long> placed) {
		long total = 0;
		for (CategoryView c : children.getOrDefault(parentId, List.of())) {
			if (!placed.add(c.id())) {
				continue;
			}
			int at = nodes.size();
			nodes.add(null);
			long below = add(c.id(), depth + 1, children, directCounts, nodes, placed);
			long count = directCounts.getOrDefault(c.id(), 0L) + below;
			nodes.set(at, new Node(c, depth, count, !children.getOrDefault(c.id(), List.of()).isEmpty()));
			total += count;
		}
		return total;
	}

	Optional<Node> find(Long id) {
		return nodes.stream().filter(n -> Objects.equals(n.id(), id)).findFirst();
	}

	/** Categories a given one may move under: not itself, not one of its descendants. */
	List<Node> possibleParentsOf(long id) {
		List<Node> result = new ArrayList<>();
		int skipBelow = -1;
		for (Node node : nodes) {
			if (skipBelow >= 0 && node.depth() > skipBelow) {
				continue;
			}
			skipBelow = -1;
			if (node.id() == id) {
				skipBelow = node.depth();
				continue;
			}
			result.add(node);
		}
		return result;
	}

}
