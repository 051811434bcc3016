package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.common.QueryCodes;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's tracking lookup reads the columns ({@link TrackingReads}); it must show exactly what the
 * entity's view shows ({@link RequestViews#tracking}), for every demo application: answered and open ones, with
 * fees, stops, an awaited correction, timeline entries the applicant does not see. Every application's code is set
 * to a known one for the test (rolled back).
 */
@GongkaiTest
@Transactional
class TrackingReadsTest {

	private static final String CODE = "ABCD2345";

	@Autowired
	Applications applications;

	@Autowired
	RequestRepository requests;

	@Autowired
	RequestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyApplicationLooksTheSameReadFromItsColumnsAsFromItsEntity() {
		jdbc.sql("update disclosure_request set query_code_hash = ?").param(QueryCodes.hash(CODE)).update();
		List<DisclosureRequest> all = requests.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(10);
		int stopped = 0;
		int fees = 0;
		int corrections = 0;
		int replied = 0;
		int hiddenSteps = 0;
		for (DisclosureRequest request : all) {
			TrackingView fromEntity = RequestViews.tracking(request, clock);
			TrackingView fromColumns = applications.track(request.trackingNumber().toLowerCase(), CODE);
			assertThat(fromColumns).as(request.trackingNumber()).isEqualTo(fromEntity);
			stopped += fromEntity.clock().stops().isEmpty() ? 0 : 1;
			fees += fromEntity.fee() == null ? 0 : 1;
			corrections += fromEntity.awaitedCorrection() == null ? 0 : 1;
			replied += fromEntity.items().stream().anyMatch(item -> item.reply() != null) ? 1 : 0;
			hiddenSteps += fromEntity.timeline().size() < request.timeline().size() ? 1 : 0;
		}
		assertThat(List.of(stopped, fees, corrections, replied, hiddenSteps))
			.as("the demo covers stops, fees, an awaited correction, replies and steps the applicant does not see")
			.allMatch(count -> count > 0);
	}

}
