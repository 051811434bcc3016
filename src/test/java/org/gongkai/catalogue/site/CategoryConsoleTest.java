package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.common.Notice;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The disclosure office edits the category tree: add, rename, move, reorder, delete only what is empty. */
@GongkaiTest
class CategoryConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	SiteFixtures fixtures;

	RequestPostProcessor office;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new SiteFixtures(workflow, attachments, jdbc, clock, mvc);
		office = Sessions.demo(mvc, "office");
	}

	@Test
	void aCategoryIsAddedRenamedAndMovedAndThePublicTreeFollows() throws Exception {
		long parent = fixtures.newCategory(office, "人才工作");
		long child = fixtures.newCategory(office, "高层次人才");
		save(child, "高层次人才引进", parent, 10).andExpect(redirectedUrl("/admin/categories"));
		assertThat(jdbc.queryForObject("select parent_id from catalogue_category where id = ?", Long.class, child))
			.isEqualTo(parent);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'category.updated' and object_id = ?",
				Integer.class, String.valueOf(child))).isOne();

		long document = fixtures.publish("人才引进公告", child);
		var tree = Jsoup.parse(mvc.perform(get("/catalogue")).andReturn().getResponse().getContentAsString())
			.select("nav.category-tree li");
		assertThat(tree.select("li.depth-1 a:contains(高层次人才引进) .count").text()).isEqualTo("1");
		assertThat(tree.select("li.depth-0 a:contains(人才工作) .count").text()).as("the parent counts its children")
			.isEqualTo("1");
		String parentList = mvc.perform(get("/catalogue").param("category", String.valueOf(parent)))
			.andReturn().getResponse().getContentAsString();
		assertThat(parentList).contains("/catalogue/documents/" + document);
	}

	@Test
	void aCategoryCannotMoveUnderItselfOrItsDescendants() throws Exception {
		long parent = fixtures.newCategory(office, "循环测试上级");
		long child = fixtures.newCategory(office, "循环测试下级");
		save(child, "循环测试下级", parent, 10).andExpect(redirectedUrl("/admin/categories"));
		save(parent, "循环测试上级", child, 10).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "parentId"));
		save(parent, "循环测试上级", parent, 10).andExpect(model().attributeHasFieldErrors("form", "parentId"));
		assertThat(jdbc.queryForObject("select parent_id from catalogue_category where id = ?", Long.class, parent)).isNull();
		List<String> offered = Jsoup.parse(mvc.perform(get("/admin/categories/{id}", parent).with(office))
			.andReturn().getResponse().getContentAsString()).select("select#parentId option").eachAttr("value");
		assertThat(offered).doesNotContain(String.valueOf(parent), String.valueOf(child)).contains("");
	}

	@Test
	void codesAreUniqueAndWellFormedAndSiblingNamesDistinct() throws Exception {
		mvc.perform(post("/admin/categories").with(office).with(csrf()).param("code", "employment")
			.param("name", "重复代码").param("sortOrder", "1"))
			.andExpect(model().attributeHasFieldErrors("form", "code"));
		mvc.perform(post("/admin/categories").with(office).with(csrf()).param("code", "Bad Code")
			.param("name", "坏代码").param("sortOrder", "1"))
			.andExpect(model().attributeHasFieldErrors("form", "code"));
		mvc.perform(post("/admin/categories").with(office).with(csrf()).param("code", "dup-name")
			.param("name", "就业创业").param("sortOrder", "1"))
			.andExpect(model().attributeHasFieldErrors("form", "name"));
	}

	@Test
	void aCategoryHoldingDocumentsIsNeverDeletedAnEmptyOneIs() throws Exception {
		long full = fixtures.newCategory(office, "有文件的分类");
		workflow.createDraft(fixtures.office(), fixtures.draft("分类中的草稿", full, "通知公告", ""));
		mvc.perform(post("/admin/categories/{id}/delete", full).with(office).with(csrf()))
			.andExpect(redirectedUrl("/admin/categories"))
			.andExpect(flash().attribute("flash", Notice.of("category.delete.hasDocuments", "有文件的分类", 1L)));
		assertThat(jdbc.queryForObject("select count(*) from catalogue_category where id = ?", Integer.class, full)).isOne();

		long empty = fixtures.newCategory(office, "空分类");
		mvc.perform(post("/admin/categories/{id}/delete", empty).with(office).with(csrf()))
			.andExpect(flash().attribute("flash", Notice.of("category.deleted", "空分类")));
		assertThat(jdbc.queryForObject("select count(*) from catalogue_category where id = ?", Integer.class, empty)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'category.deleted' and object_id = ?",
				Integer.class, String.valueOf(empty))).isOne();
	}

	@Test
	void upAndDownReorderSiblings() throws Exception {
		long parent = fixtures.newCategory(office, "排序测试上级");
		long a = fixtures.newCategory(office, "排序甲");
		long b = fixtures.newCategory(office, "排序乙");
		save(a, "排序甲", parent, 10);
		save(b, "排序乙", parent, 20);
		mvc.perform(post("/admin/categories/{id}/up", b).with(office).with(csrf()))
			.andExpect(redirectedUrl("/admin/categories#category-" + b));
		assertThat(children(parent)).containsExactly("排序乙", "排序甲");
		mvc.perform(post("/admin/categories/{id}/down", b).with(office).with(csrf()));
		assertThat(children(parent)).containsExactly("排序甲", "排序乙");
	}

	@Test
	void onlyTheOfficeAndAdministratorsEditCategories() throws Exception {
		mvc.perform(get("/admin/categories").with(Sessions.demo(mvc, "editor"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/categories").with(Sessions.demo(mvc, "editor")).with(csrf()).param("code", "by-editor")
			.param("name", "编辑新增").param("sortOrder", "1")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/categories").with(Sessions.admin(mvc))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from catalogue_category where code = 'by-editor'", Integer.class)).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions save(long id, String name, Long parent, int order)
			throws Exception {
		return mvc.perform(post("/admin/categories/{id}", id).with(office).with(csrf())
			.param("code", "kept")
			.param("name", name)
			.param("parentId", parent == null ? "" : String.valueOf(parent))
			.param("sortOrder", String.valueOf(order)));
	}

	private List<String> children(long parent) {
		return jdbc.queryForList("select name from catalogue_category where parent_id = ? order by sort_order, id",
				String.class, parent);
	}

}
