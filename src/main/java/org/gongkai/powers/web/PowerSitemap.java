package org.gongkai.powers.web;

import java.util.List;

import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.powers.PowerFilter;
import org.gongkai.powers.Powers;
import org.springframework.stereotype.Component;

/** Every item of today's list, for the sitemap. */
@Component
class PowerSitemap implements SitemapEntries {

	private final Powers powers;

	PowerSitemap(Powers powers) {
		this.powers = powers;
	}

	@Override
	public String name() {
		return "powers";
	}

	@Override
	public long count() {
		return powers.page(PowerFilter.none(), 0, 1).getTotalElements();
	}

	@Override
	public List<String> paths(int page, int size) {
		return powers.page(PowerFilter.none(), page, size).map(row -> "/powers/" + row.code()).getContent();
	}

}
