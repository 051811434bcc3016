package org.gongkai.catalogue.site;

import jakarta.validation.Valid;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CategoryManagement;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the category tree of the catalogue (信息分类). The disclosure office adds categories, renames,
 * moves them under another parent and reorders them; a category holding documents is never deleted.
 */
@Controller
@RequestMapping("/admin/categories")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
class CategoryConsoleController {

	private final Catalogue catalogue;

	private final CategoryManagement categories;

	CategoryConsoleController(Catalogue catalogue, CategoryManagement categories) {
		this.catalogue = catalogue;
		this.categories = categories;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tree", tree());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CategoryForm.empty());
		}
		return "catalogue/site/categories";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				CategoryView created = categories.create(form.code(), form.name(), form.parentId(), form.sortOrder());
				categories.nameInEnglish(created.id(), form.nameEn());
				redirect.addFlashAttribute("flash", Notice.of("category.created", created.name()));
				return "redirect:/admin/categories";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		return list(model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		CategoryTree tree = tree();
		CategoryTree.Node node = tree.find(id).orElseThrow(() -> RuleViolation.notFound("category.notFound", id));
		model.addAttribute("category", node);
		model.addAttribute("parents", tree.possibleParentsOf(id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CategoryForm.of(node.category()));
		}
		return "catalogue/site/category";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				CategoryView saved = categories.update(id, form.name(), form.parentId(), form.sortOrder());
				categories.nameInEnglish(id, form.nameEn());
				redirect.addFlashAttribute("flash", Notice.of("category.saved", saved.name()));
				return "redirect:/admin/categories";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		return edit(id, model);
	}

	@PostMapping("/{id}/up")
	String up(@PathVariable long id) {
		categories.shift(id, -1);
		return "redirect:/admin/categories#category-" + id;
	}

	@PostMapping("/{id}/down")
	String down(@PathVariable long id) {
		categories.shift(id, 1);
		return "redirect:/admin/categories#category-" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		String name = tree().find(id).map(CategoryTree.Node::name).orElseThrow(
				() -> RuleViolation.notFound("category.notFound", id));
		try {
			categories.delete(id);
			redirect.addFlashAttribute("flash", Notice.of("category.deleted", name));
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flash", Notice.of(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/admin/categories";
	}

	/** The whole tree with every document counted (any state): those counts decide what may be deleted. */
	private CategoryTree tree() {
		return CategoryTree.of(catalogue.categories(), categories.documentCounts());
	}

}
