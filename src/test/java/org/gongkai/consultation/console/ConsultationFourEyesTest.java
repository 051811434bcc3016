package org.gongkai.consultation.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.consultation.Comments;
import org.gongkai.consultation.ConsultationStatus;
import org.gongkai.consultation.Consultations;
import org.gongkai.identity.Me;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Four eyes before a consultation opens: whoever changed the draft, the office included, does not publish it. */
@GongkaiTest
class ConsultationFourEyesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Consultations consultations;

	@Autowired
	Comments comments;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ConsoleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsoleFixtures(consultations, comments, staff, clock, jdbc);
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void theOfficeThatRewroteAnEditorsDraftCannotPublishItButTheOfficeHeadCan() throws Exception {
		long id = fixtures.draft("关于吸纳就业补贴的办法（四眼）");
		long draftVersion = fixtures.view(id).version();
		Me office = fixtures.as("office");
		consultations.update(office, id, draftVersion,
				fixtures.form("公开办改写的吸纳就业补贴办法", fixtures.today().plusDays(1), fixtures.today().plusDays(31)));
		SignedIn.signOut();
		String location = "/admin/consultations/" + id;
		RequestPostProcessor officeSession = Sessions.demo(mvc, "office");

		String page = mvc.perform(get(location).with(officeSession)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"publish-refusal\"", "您起草或修改过该草案").doesNotContain("id=\"publish\"");
		long version = fixtures.view(id).version();
		mvc.perform(post(location + "/publish").param("version", String.valueOf(version)).with(csrf()).with(officeSession))
			.andExpect(status().isConflict());
		assertThat(fixtures.view(id).status()).isEqualTo(ConsultationStatus.DRAFT);

		mvc.perform(post(location + "/publish").param("version", String.valueOf(version)).with(csrf())
			.with(Sessions.demo(mvc, "officehead")))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.view(id).status()).isEqualTo(ConsultationStatus.PUBLISHED);
	}

}
