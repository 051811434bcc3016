package org.gongkai.requests.site;

import java.util.List;

import org.gongkai.common.shell.PersonalPages;
import org.springframework.stereotype.Component;

/** An applicant's own pages: the tracking lookup (page and API), the reply link and the receipt. */
@Component
class PersonalRequestPages implements PersonalPages {

	@Override
	public List<String> patterns() {
		return List.of("/api/v1/requests/{trackingNumber}", "/api/v1/requests/{trackingNumber}/**", "/track/**",
				"/apply/receipt/{key}");
	}

}
