package org.gongkai.catalogue.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.catalogue.CategoryView;

/**
 * A new or edited category: the code is fixed once created (it names the category in imports and URLs of
 * other systems), the name, parent and place among its siblings can change.
 */
record CategoryForm(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{category.code.pattern}") String code,
		@NotBlank @Size(max = 100) String name, Long parentId, @Min(0) @Max(100000) int sortOrder,
		@Size(max = 100) String nameEn) {

	static CategoryForm empty() {
		return new CategoryForm("", "", null, 500, "");
	}

	static CategoryForm of(CategoryView category) {
		return new CategoryForm(category.code(), category.name(), category.parentId(), category.sortOrder(),
				category.nameEn());
	}

}
