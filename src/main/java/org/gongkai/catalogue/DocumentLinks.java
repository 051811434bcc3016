package org.gongkai.catalogue;

import java.util.List;

/**
 * An extension point of the public document page: other modules name documents and pages related to a document
 * (a policy's interpretations 政策解读, the policy an interpretation explains), without the catalogue knowing
 * them. The page collects the groups of every bean implementing it; only public targets belong here.
 */
public interface DocumentLinks {

	/** The groups of links to show on the public page of document {@code documentId}; empty when none. */
	List<Group> linksOf(long documentId);

	/** A titled group of links; the heading is a message key of the contributing module's bundle. */
	record Group(String headingKey, List<Link> links) {
	}

	/**
	 * One link.
	 * @param href a path of the site, e.g. {@code /interpretations/7}
	 * @param title the link text
	 * @param noteKey a message key shown after the link (e.g. the form of an interpretation), or {@code null}
	 */
	record Link(String href, String title, String noteKey) {
	}

}
