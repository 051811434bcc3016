package org.gongkai.requests;

/** Who applies: the columns of the annual report's Table B (自然人, then 法人或其他组织 by kind). */
public enum ApplicantKind {

	/** 自然人. */
	NATURAL_PERSON,
	/** 商业企业. */
	COMMERCIAL_ENTERPRISE,
	/** 科研机构. */
	RESEARCH_INSTITUTION,
	/** 社会公益组织. */
	PUBLIC_WELFARE_ORGANISATION,
	/** 法律服务机构. */
	LEGAL_SERVICE_PROVIDER,
	/** 其他. */
	OTHER_ORGANISATION;

	public boolean organisation() {
		return this != NATURAL_PERSON;
	}

	public String messageKey() {
		return "request.applicant-kind." + name();
	}

}
