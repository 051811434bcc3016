package org.gongkai.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A node of the catalogue's category tree (信息分类), edited by the disclosure office. */
@Entity
@Table(name = "catalogue_category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long parentId;

	private String code;

	private String name;

	/** The name on English pages; none: the Chinese name is shown. */
	private String nameEn;

	private int sortOrder;

	@Version
	private long version;

	protected Category() {
	}

	Category(Long parentId, String code, String name, int sortOrder) {
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	void rename(String newName, Long newParentId, int newSortOrder) {
		this.name = newName;
		this.parentId = newParentId;
		this.sortOrder = newSortOrder;
	}

	void nameInEnglish(String english) {
		this.nameEn = english;
	}

	CategoryView toView() {
		return new CategoryView(id, parentId, code, name, sortOrder, nameEn);
	}

	Long getId() {
		return id;
	}

	Long getParentId() {
		return parentId;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

}
