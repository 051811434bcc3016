package org.gongkai.common.shell;

import java.util.List;
import java.util.Optional;

/**
 * A section of the public portal (栏目), contributed by the module that serves it: its entry in the navigation
 * and on the home page, and optionally a home-page block of its latest items. The navigation lists sections by
 * {@link #order()}; the national website rules' order is kept by the numbers the modules choose
 * (see {@code docs/modules.md}).
 */
public interface PortalSection {

	/** The section's path on the site, e.g. {@code /catalogue}; the contributing module serves it. */
	String path();

	/** The position in the navigation, lower first. */
	int order();

	/** The message key of the section's name (navigation, home page, breadcrumbs). */
	String messageKey();

	/** The message key of one sentence saying what the section holds (home page). */
	String descriptionKey();

	/**
	 * The block this section shows on the home page (its latest items, or figures), or empty for none. Called on
	 * every home page that is not served from the page cache: one query, bounded by the block's own limit.
	 */
	default Optional<HomeBlock> homeBlock() {
		return Optional.empty();
	}

	/**
	 * Every block this section shows on the home page: {@link #homeBlock()} unless the section has more than one
	 * (the catalogue: latest notices and latest policy documents). The home page reads this one.
	 */
	default List<HomeBlock> homeBlocks() {
		return homeBlock().stream().toList();
	}

	/**
	 * The four facts of the navigation entry in one declaration, for a section that implements {@link Declared}.
	 * @param path see {@link PortalSection#path()}
	 * @param order see {@link PortalSection#order()}
	 * @param messageKey see {@link PortalSection#messageKey()}
	 * @param descriptionKey see {@link PortalSection#descriptionKey()}
	 */
	record Entry(String path, int order, String messageKey, String descriptionKey) {
	}

	/**
	 * A section whose navigation entry is one {@link Entry} ({@code static final}), instead of four getters; it
	 * implements only {@link #entry()} and, if it has one, its home-page block.
	 */
	interface Declared extends PortalSection {

		Entry entry();

		@Override
		default String path() {
			return entry().path();
		}

		@Override
		default int order() {
			return entry().order();
		}

		@Override
		default String messageKey() {
			return entry().messageKey();
		}

		@Override
		default String descriptionKey() {
			return entry().descriptionKey();
		}

	}

}
