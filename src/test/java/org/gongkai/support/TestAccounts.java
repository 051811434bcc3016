package org.gongkai.support;

/** Passwords the test contexts give the first administrator and the demo accounts (test fixtures only). */
public final class TestAccounts {

	public static final String ADMIN_PASSWORD = "test-admin-pass-2026";

	public static final String DEMO_PASSWORD = "test-demo-pass-2026";

	private TestAccounts() {
	}

}
