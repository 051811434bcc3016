package org.gongkai.requests.console;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.IdType;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.WantedForm;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;

/** Applications made through the facades on a given day, for the console tests to handle. */
final class Cases {

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	static final String ZHANG_ID = "430104199001011230";

	static final String LI_ID = "430102198503150022";

	private final Applications applications;

	private final CaseHandling handling;

	private final UnitManagement units;

	private final UserDetailsService staff;

	private final MutableClock clock;

	Cases(Applications applications, CaseHandling handling, UnitManagement units, UserDetailsService staff,
			MutableClock clock) {
		this.applications = applications;
		this.handling = handling;
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	/** A case and its tracking number. */
	record Case(long id, String trackingNumber) {
	}

	/** An online application by 张三 received on {@code day}, assigned by the office to {@code unit} (if given). */
	Case applied(LocalDate day, String unit, String... items) {
		return appliedBy("张三", ZHANG_ID, day, unit, items);
	}

	Case appliedBy(String name, String idNumber, LocalDate day, String unit, String... items) {
		on(day);
		Receipt receipt = applications.apply(new ApplicationForm(ApplicantKind.NATURAL_PERSON, name,
				IdType.RESIDENT_ID, idNumber, null, "13812345678", "applicant@example.com", "长沙市芙蓉区五一大道1号",
				"410000", Arrays.stream(items).map(item -> new ApplicationForm.Item(item, null)).toList(), "研究政策",
				WantedForm.EMAIL, Delivery.EMAIL), null);
		SignedIn.as(staff, "office");
		try {
			long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
			if (unit != null) {
				handling.assign(CurrentStaff.require(), id, Set.of(unitId(unit)));
			}
			return new Case(id, receipt.trackingNumber());
		}
		finally {
			SignedIn.signOut();
		}
	}

	long unitId(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	List<Long> itemIds(long caseId) {
		SignedIn.as(staff, "office");
		try {
			return handling.view(CurrentStaff.require(), caseId).items().stream().map(item -> item.id()).toList();
		}
		finally {
			SignedIn.signOut();
		}
	}

	void on(LocalDate day) {
		clock.set(day.atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}
