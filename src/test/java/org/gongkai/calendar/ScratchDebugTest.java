package org.gongkai.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;

@CalendarSpringTest
@WithMockUser(roles = "DISCLOSURE_OFFICE")
class ScratchDebugTest {
	@Autowired
	MockMvc mvc;

	@Test
	void debug() throws Exception {
		for (String date : new String[] { "2031-02-30", "2031-02-03" }) {
			var result = mvc.perform(post("/admin/calendar/days").param("date", date).param("kind", "HOLIDAY").param("name", "  ").with(csrf())).andReturn();
			BindingResult br = (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "dayForm");
			System.out.println("DEBUG " + date + " target=" + br.getTarget() + " errors=" + br.getAllErrors());
		}
	}
}
