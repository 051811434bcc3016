package org.gongkai.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First-start accounts (gongkai.*): the administrator's password ({@code GONGKAI_ADMIN_PASSWORD}), whether
 * demo staff are created ({@code gongkai.demo-data}) and their shared password ({@code GONGKAI_DEMO_PASSWORD}).
 * Blank passwords are generated and printed once.
 */
@ConfigurationProperties("gongkai")
record BootstrapProperties(Admin admin, Boolean demoData, Demo demo) {

	BootstrapProperties {
		admin = admin == null ? new Admin(null) : admin;
		demo = demo == null ? new Demo(null) : demo;
		demoData = demoData == null ? Boolean.TRUE : demoData;
	}

	record Admin(String password) {
	}

	record Demo(String password) {
	}

}
