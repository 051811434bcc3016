package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.support.StaffWithRole;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;

/** The dashboard holds the cards every module contributes for the member, in order; the notice band goes on top. */
class DashboardControllerTest {

	private final DashboardCards cases = staff -> staff.hasRole("HANDLER")
			? List.of(new DashboardCard("/admin/cases?late", "late", "late.count", 2, DashboardCard.Urgency.OVERDUE,
					130))
			: List.of();

	private final DashboardCards own = staff -> List.of(DashboardCard.link("/admin/own", "own", "own.text", 900),
			new DashboardCard("/admin/days", "days", "days.missing", 2027, DashboardCard.Urgency.OVERDUE, 50));

	private final DashboardController controller = new DashboardController(List.of(own, cases),
			Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void eachModulesCardsForTheMemberInOrderWithNoticesApart() {
		ExtendedModelMap model = dashboardOf("HANDLER");
		assertThat((List<?>) model.get("cards")).extracting("href").containsExactly("/admin/cases?late", "/admin/own");
		assertThat((List<?>) model.get("notices")).extracting("href").containsExactly("/admin/days");

		assertThat((List<?>) dashboardOf("EDITOR").get("cards")).extracting("href").containsExactly("/admin/own");
	}

	private ExtendedModelMap dashboardOf(String role) {
		StaffActor staff = new StaffWithRole(role);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(staff, null));
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(controller.dashboard(model)).isEqualTo("portal/dashboard");
		return model;
	}

}
