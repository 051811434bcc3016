package org.gongkai.services;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/**
 * The rule of the home page's 常用服务 (most used services): the disclosure office puts published guides there in
 * an order of its choosing, from 1, until approval cases give counts of use to rank them by. A withdrawn guide
 * leaves the home page with its publication, and comes back in its place when published again.
 */
public final class FeaturedGuides {

	/** The highest place: more than the home page shows, room to reorder without renumbering. */
	public static final int MAX_ORDER = 99;

	/** How many the home page shows. */
	public static final int SHOWN = 6;

	private FeaturedGuides() {
	}

	/** Who chooses: the disclosure office and administrators, who keep the home page. */
	public static boolean mayChoose(Me me) {
		return me.office() || me.admin();
	}

	/** A place from 1 to {@link #MAX_ORDER}, or none. */
	static void check(Integer order) {
		if (order != null && (order < 1 || order > MAX_ORDER)) {
			throw RuleViolation.invalid("featuredOrder", "services.featured.order.range", 1, MAX_ORDER);
		}
	}

}
