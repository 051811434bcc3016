package org.gongkai.search.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.Validity;
import org.gongkai.common.PublicVersion;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.search.SearchService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices of the search form's filters: the category tree, units, years in the index, types, validity. They
 * are read once per version of the public content ({@link PublicVersion}) and at most a minute apart (units are
 * not part of that version), not on every search: the years alone are an aggregation over the whole index.
 */
@Component
class SearchOptions {

	/** A category in tree order, with its depth for indentation. */
	public record CategoryOption(long id, String name, int depth, String nameEn) {

		public String label() {
			return "\u3000".repeat(depth) + name;
		}

		/** The label in the reader's language: the English name on English pages where there is one. */
		public String label(java.util.Locale locale) {
			return "\u3000".repeat(depth)
					+ (nameEn != null && "en".equals(locale.getLanguage()) ? nameEn : name);
		}

	}

	private static final long KEEP_NANOS = Duration.ofMinutes(1).toNanos();

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final CatalogueProperties properties;

	private final SearchService search;

	private final PublicVersion versions;

	private volatile Read last;

	/** The choices read under one version of the public content. */
	private record Read(String version, long atNanos, List<CategoryOption> categories, List<UnitView> units,
			List<Integer> years) {
	}

	SearchOptions(Catalogue catalogue, UnitManagement units, CatalogueProperties properties, SearchService search,
			PublicVersion versions) {
		this.catalogue = catalogue;
		this.units = units;
		this.properties = properties;
		this.search = search;
		this.versions = versions;
	}

	void addTo(Model model) {
		Read read = current();
		model.addAttribute("categories", read.categories());
		model.addAttribute("units", read.units());
		model.addAttribute("years", read.years());
		model.addAttribute("types", properties.documentTypes());
		model.addAttribute("validities", Validity.values());
	}

	private Read current() {
		String version = versions.current().tag();
		long now = System.nanoTime();
		Read read = this.last;
		if (read == null || !read.version().equals(version) || now - read.atNanos() > KEEP_NANOS) {
			read = new Read(version, now, tree(catalogue.categories()), units.active(), search.years());
			this.last = read;
		}
		return read;
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
				out.add(new CategoryOption(category.id(), category.name(), depth, category.nameEn()));
				addChildren(all, category.id(), depth + 1, out);
			}
		}
	}

}
