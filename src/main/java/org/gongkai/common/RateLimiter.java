package org.gongkai.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Limits how often one client address may use a public form or API (防刷): at most {@code requests} within any
 * sliding period {@code per}, as configured under {@code gongkai.rate-limits.<name>}. In memory, per
 * instance. Each limit remembers its addresses in a Caffeine cache bounded to {@link #MAX_CLIENTS} entries:
 * an address idle for a whole period is forgotten (it could not be refused anyway), and when more addresses
 * than that are active, the least used are evicted and start over. A new address is always counted, so a
 * flood of spoofed addresses can neither switch the limiter off nor make memory grow. IPv6 clients count per
 * /64 network, the block one subscriber usually holds.
 */
@Component
public class RateLimiter {

	/** The most addresses remembered per limit; beyond, the least used are forgotten, never left unlimited. */
	public static final int MAX_CLIENTS = 50_000;

	private final Map<String, RateLimit> limits;

	private final Map<String, Cache<String, SlidingWindow>> windows;

	private final Clock clock;

	@Autowired
	public RateLimiter(Environment environment, Clock clock) {
		this(Binder.get(environment)
			.bind("gongkai.rate-limits", Bindable.mapOf(String.class, RateLimit.class))
			.orElse(Map.of()), clock);
	}

	public RateLimiter(Map<String, RateLimit> limits, Clock clock) {
		this(limits, clock, MAX_CLIENTS);
	}

	RateLimiter(Map<String, RateLimit> limits, Clock clock, int maxClients) {
		this.limits = Map.copyOf(limits);
		this.clock = clock;
		this.windows = this.limits.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					limit -> windows(limit.getValue(), clock, maxClients)));
	}

	/**
	 * Eviction runs on the calling thread, so the bound holds after every check rather than whenever a
	 * background task gets round to it; the ticker is the injected clock, so expiry follows the same time
	 * as the windows.
	 */
	private static Cache<String, SlidingWindow> windows(RateLimit limit, Clock clock, int maxClients) {
		return Caffeine.newBuilder()
			.maximumSize(maxClients)
			.expireAfterAccess(limit.per())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/** Counts a request of the current web request's client ({@link ClientAddress}) against the named limit. */
	public void check(String limit) {
		check(limit, ClientAddress.current());
	}

	/**
	 * Counts a request of {@code clientAddress} against the named limit.
	 * @throws RateLimited when the client has used up the limit; the refused request is not counted
	 * @throws IllegalArgumentException when no limit of that name is configured
	 */
	public void check(String limit, String clientAddress) {
		RateLimit rule = limits.get(limit);
		if (rule == null) {
			throw new IllegalArgumentException("no rate limit configured as gongkai.rate-limits." + limit);
		}
		// The cache's lookup takes no lock; only the client's own window is locked while it counts, so requests of one
		// busy address (a large office behind one gateway) do not queue behind the cache's bookkeeping as well.
		SlidingWindow window = windows.get(limit).get(clientKey(clientAddress), k -> new SlidingWindow(rule.requests()));
		long wait = window.tryHit(clock.millis(), rule.per().toMillis());
		if (wait > 0) {
			throw new RateLimited(limit, Math.max(1, (wait + 999) / 1000));
		}
	}

	/** The configured limits by name. */
	public Map<String, RateLimit> limits() {
		return limits;
	}

	long trackedClients(String limit) {
		Cache<String, SlidingWindow> clients = windows.get(limit);
		clients.cleanUp();
		return clients.estimatedSize();
	}

	/** The address a limit counts (and a client is known by): IPv4 as it is, IPv6 reduced to its /64 network. */
	public static String clientKey(String address) {
		if (address == null || address.isBlank()) {
			return "-";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			InetAddress parsed = InetAddress.getByName(address);
			byte[] bytes = parsed.getAddress();
			if (bytes.length != 16) {
				return parsed.getHostAddress();
			}
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/** The times of the last requests of one client, oldest first: a ring of at most {@code requests} entries. */
	static final class SlidingWindow {

		private final long[] hits;

		private int start;

		private int count;

		SlidingWindow(int requests) {
			this.hits = new long[requests];
		}

		/** Records a hit and answers 0, or answers the milliseconds until one is allowed and records nothing. */
		synchronized long tryHit(long now, long per) {
			while (count > 0 && hits[start] <= now - per) {
				start = (start + 1) % hits.length;
				count--;
			}
			if (count == hits.length) {
				return hits[start] + per - now;
			}
			hits[(start + count) % hits.length] = now;
			count++;
			return 0;
		}

	}

}
