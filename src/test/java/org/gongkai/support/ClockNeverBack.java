package org.gongkai.support;

import java.time.Instant;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps the shared clock from going back between tests: tests travel in time and then reset it to
 * {@link TestClockConfig#START}, but by then earlier tests may have moved it on and dated data after START; going
 * back would put that data in the future of later tests (a "newest first" list would then be out of their order).
 * After each test (and each class) the clock is set back to where it was before, if the test left it earlier.
 */
public class ClockNeverBack implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClockNeverBack.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		remember(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		restore(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		remember(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		restore(context);
	}

	private static void remember(ExtensionContext context) {
		context.getStore(NAMESPACE).put("before", clock(context).instant());
	}

	private static void restore(ExtensionContext context) {
		Instant before = context.getStore(NAMESPACE).get("before", Instant.class);
		MutableClock clock = clock(context);
		if (before != null && clock.instant().isBefore(before)) {
			clock.set(before);
		}
	}

	private static MutableClock clock(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(MutableClock.class);
	}

}
