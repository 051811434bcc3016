package org.gongkai.powers.web;

import java.util.Optional;

import org.gongkai.common.shell.SearchSource;
import org.gongkai.powers.PowerFilter;
import org.gongkai.powers.PowerRow;
import org.gongkai.powers.Powers;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The power list in the site search: today's items whose name holds the words (or whose code holds them), with
 * their status, and the list filtered by the same words.
 */
@Component
class PowerSearch implements SearchSource {

	private final Powers powers;

	PowerSearch(Powers powers) {
		this.powers = powers;
	}

	/** After the service guides (590): the list of powers is what fewer visitors look for. */
	@Override
	public int order() {
		return 600;
	}

	@Override
	public Optional<Matches> matches(String query, int limit) {
		Page<PowerRow> found = powers.page(new PowerFilter(null, null, null, query, null), 0, limit);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		String more = UriComponentsBuilder.fromPath("/powers").queryParam("q", query).encode().build().toUriString();
		return Optional.of(new Matches("nav.powers", more, found.getTotalElements(),
				found.map(row -> new Match("/powers/" + row.code(), row.name(), row.code(), row.messageKey()))
					.getContent()));
	}

}
