package org.gongkai.catalogue.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.gongkai.catalogue.CategoryView;

/** A category in a select box: the tree flattened depth first, children indented under their parent. */
public record CategoryOption(long id, String label, int depth) {

	/** Two ideographic spaces per level: they survive HTML whitespace collapsing inside an option. */
	private static final String INDENT = "\u3000\u3000";

	static List<CategoryOption> tree(List<CategoryView> categories) {
		Map<Long, List<CategoryView>> children = categories.stream()
			.filter(c -> c.parentId() != null)
			.collect(Collectors.groupingBy(CategoryView::parentId));
		List<CategoryOption> options = new ArrayList<>();
		categories.stream()
			.filter(c -> c.parentId() == null || categories.stream().noneMatch(p -> Objects.equals(p.id(), c.parentId())))
			.sorted(ORDER)
			.forEach(root -> add(root, 0, children, options));
		return options;
	}

	private static final Comparator<CategoryView> ORDER = Comparator.comparingInt(CategoryView::sortOrder)
		.thenComparingLong(CategoryView::id);

	private static void add(CategoryView category, int depth, Map<Long, List<CategoryView>> children,
			List<CategoryOption> options) {
		options.add(new CategoryOption(category.id(), INDENT.repeat(depth) + category.name(), depth));
		children.getOrDefault(category.id(), List.of())
			.stream()
			.sorted(ORDER)
			.forEach(child -> add(child, depth + 1, children, options));
	}

}
