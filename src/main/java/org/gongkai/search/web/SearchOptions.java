package org.gongkai.search.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.UnitManagement;
import org.gongkai.search.SearchService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the search form's filters: the category tree, units, years in the index, types, validity. */
@Component
class SearchOptions {

	/** A category in tree order, with its depth for indentation. */
	public record CategoryOption(long id, String name, int depth) {

		public String label() {
			return "\u3000".repeat(depth) + name;
		}

	}

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final CatalogueProperties properties;

	private final SearchService search;

	SearchOptions(Catalogue catalogue, UnitManagement units, CatalogueProperties properties, SearchService search) {
		this.catalogue = catalogue;
		this.units = units;
		this.properties = properties;
		this.search = search;
	}

	void addTo(Model model) {
		model.addAttribute("categories", tree(catalogue.categories()));
		model.addAttribute("units", units.active());
		model.addAttribute("years", search.years());
		model.addAttribute("types", properties.documentTypes());
		model.addAttribute("validities", Validity.values());
	}

	static List<CategoryOption> tree(List<CategoryView> categories) {
		List<CategoryOption> ordered = new ArrayList<>();
		addChildren(categories, null, 0, ordered);
		return ordered;
	}

	private static void addChildren(List<CategoryView> all, Long parentId, int depth, List<CategoryOption> out) {
		for (CategoryView category : all) {
			boolean child = parentId == null ? category.parentId() == null : parentId.equals(category.parentId());
			if (child && out.stream().noneMatch(o -> o.id() == category.id())) {
				out.add(new CategoryOption(category.id(), category.name(), depth));
				addChildren(all, category.id(), depth + 1, out);
			}
		}
	}

}
