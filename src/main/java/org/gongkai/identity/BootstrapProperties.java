package org.gongkai.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First-start accounts (gongkai.*): the administrator's password ({@code GONGKAI_ADMIN_PASSWORD}), whether
 * demo staff are created ({@code gongkai.demo-data}) and their shared password ({@code GONGKAI_DEMO_PASSWORD}),
 * and without demo data the first head of the disclosure office's ({@code GONGKAI_OFFICE_HEAD_PASSWORD}).
 * Blank passwords are generated and printed once.
 */
@ConfigurationProperties("gongkai")
record BootstrapProperties(Admin admin, Boolean demoData, Demo demo, OfficeHead officeHead) {

	BootstrapProperties {
		admin = admin == null ? new Admin(null) : admin;
		officeHead = officeHead == null ? new OfficeHead(null) : officeHead;
		demo = demo == null ? new Demo(null) : demo;
		demoData = demoData == null ? Boolean.TRUE : demoData;
	}

	record Admin(String password) {
	}

	record Demo(String password) {
	}

	/** The first head of the disclosure office ({@code GONGKAI_OFFICE_HEAD_PASSWORD}), without demo data. */
	record OfficeHead(String password) {
	}

}
