package org.gongkai.portal;

/** The portal's sections in the order the national website rules list them; later modules fill each one. */
public enum Section {

	GUIDE("/guide"), CATALOGUE("/catalogue"), APPLY("/apply"), INTERPRETATIONS("/interpretations"),
	CONSULTATIONS("/consultations"), POWERS("/powers"), SERVICES("/services"), DATA("/data"),
	INTERACTION("/interaction"), ANNUAL_REPORTS("/annual-reports");

	private final String path;

	Section(String path) {
		this.path = path;
	}

	public String path() {
		return path;
	}

	public String messageKey() {
		return "nav." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public String descriptionKey() {
		return messageKey() + ".description";
	}

}
