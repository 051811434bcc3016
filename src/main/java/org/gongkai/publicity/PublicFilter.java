package org.gongkai.publicity;

/**
 * The public lists' filters: the decision's year, the power item (its code), the deciding body, and words found in
 * the decision number, the title or an organisation's name or credit code. Never a natural person's name or ID
 * number: the lists must not confirm whether a person was fined (enumeration).
 */
public record PublicFilter(Integer year, String item, String body, String q) {

	public static PublicFilter none() {
		return new PublicFilter(null, null, null, null);
	}

}
