package org.gongkai.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gongkai.common.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Throttles failed sign-ins (form, HTTP Basic, API tokens) without handing anyone a lock on someone else's account.
 * Three named rules, in memory per instance, in size-bounded Caffeine tables like the rate limiter's:
 * <ul>
 * <li><b>per account and address</b>: after {@code max-attempts} failures for one account from one address, that
 * address may not try that account for {@code duration}; the account's owner elsewhere signs in as usual;</li>
 * <li><b>per address</b>: after {@code per-address} failures from one address (any accounts, unknown names and
 * wrong tokens included) within {@code duration}, that address may not try at all until its failures are that old;</li>
 * <li><b>per account, progressive delay</b>: once an account has {@code max-attempts} failures from anywhere, each
 * further try waits 1, 2, 4 ... seconds after the last failure, at most {@code max-delay}, so that many addresses
 * trying a few times each still get one guess per delay. An address that signed in to the account before (on
 * this instance, within {@link #KNOWN_FOR}) is not delayed, and anyone else waits at most {@code max-delay}: the
 * owner is slowed, never locked out.</li>
 * </ul>
 * A refused try is not counted. Names are compared case-insensitively and need not exist, so an unknown name is
 * throttled exactly like a real one.
 */
@Component
class LoginThrottle {

	/** How long an address that signed in to an account is trusted not to be the attacker. */
	static final Duration KNOWN_FOR = Duration.ofDays(30);

	static final int MAX_TRACKED = 100_000;

	private final SecurityProperties.Lockout rules;

	private final Clock clock;

	private final Cache<String, Failures> pairs;

	private final Cache<String, Failures> addresses;

	private final Cache<String, Failures> accounts;

	private final Cache<String, Boolean> known;

	private final Cache<String, Boolean> alarmed;

	LoginThrottle(SecurityProperties properties, Clock clock) {
		this.rules = properties.lockout();
		this.clock = clock;
		this.pairs = table(rules.duration());
		this.addresses = table(rules.duration());
		this.accounts = table(rules.duration().plus(rules.maxDelay()));
		this.known = table(KNOWN_FOR);
		this.alarmed = Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterWrite(rules.alarmEvery())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/** Why a try is refused, for the audit log only: the public answer is the same as for a wrong password. */
	enum Refusal {
		ACCOUNT_AND_ADDRESS, ADDRESS, ACCOUNT_DELAY
	}

	/** What the administrator is told about: an attack on an account or from an address, at most once per period. */
	record Alarm(Refusal kind, String username, String address, int failures) {
	}

	/** Empty when this address may try this account now. */
	Optional<Refusal> refusal(String username, String address) {
		long now = clock.millis();
		String account = account(username);
		String client = RateLimiter.clientKey(address);
		if (over(addresses.getIfPresent(client), rules.perAddress(), now, rules.duration())) {
			return Optional.of(Refusal.ADDRESS);
		}
		if (account == null) {
			return Optional.empty();
		}
		if (over(pairs.getIfPresent(account + "|" + client), rules.maxAttempts(), now, rules.duration())) {
			return Optional.of(Refusal.ACCOUNT_AND_ADDRESS);
		}
		Failures onAccount = accounts.getIfPresent(account);
		if (onAccount != null && now < onAccount.lastAt + delay(onAccount.count)
				&& known.getIfPresent(account + "|" + client) == null) {
			return Optional.of(Refusal.ACCOUNT_DELAY);
		}
		return Optional.empty();
	}

	/** Counts a failure ({@code username} null for a wrong API token); answers an alarm when one is due. */
	Optional<Alarm> failed(String username, String address) {
		long now = clock.millis();
		String account = account(username);
		String client = RateLimiter.clientKey(address);
		int fromAddress = count(addresses, client, now);
		if (fromAddress == rules.perAddress()) {
			return alarm(new Alarm(Refusal.ADDRESS, username, client, fromAddress), "address|" + client);
		}
		if (account == null) {
			return Optional.empty();
		}
		int pair = count(pairs, account + "|" + client, now);
		int onAccount = count(accounts, account, now);
		if (onAccount >= rules.maxAttempts() && known.getIfPresent(account + "|" + client) == null
				&& pair < rules.maxAttempts()) {
			return alarm(new Alarm(Refusal.ACCOUNT_DELAY, username, client, onAccount), "account|" + account);
		}
		if (pair == rules.maxAttempts()) {
			return alarm(new Alarm(Refusal.ACCOUNT_AND_ADDRESS, username, client, pair), "pair|" + account + "|" + client);
		}
		return Optional.empty();
	}

	/** A successful sign-in clears this address's failures on the account and trusts the address for it. */
	void succeeded(String username, String address) {
		String key = account(username) + "|" + RateLimiter.clientKey(address);
		pairs.invalidate(key);
		known.put(key, Boolean.TRUE);
	}

	/** An administrator unlocked the account: forget every failure on it. */
	void forgive(String username) {
		String account = account(username);
		accounts.invalidate(account);
		pairs.asMap().keySet().removeIf(key -> key.startsWith(account + "|"));
	}

	/** The wait after the last failure: 1 s once the account has max-attempts failures, doubling, capped. */
	long delay(int failures) {
		if (failures < rules.maxAttempts()) {
			return 0;
		}
		int doublings = Math.min(failures - rules.maxAttempts(), 30);
		return Math.min(1000L << doublings, rules.maxDelay().toMillis());
	}

	private Optional<Alarm> alarm(Alarm alarm, String key) {
		return alarmed.asMap().putIfAbsent(key, Boolean.TRUE) == null ? Optional.of(alarm) : Optional.empty();
	}

	private static boolean over(Failures failures, int limit, long now, Duration window) {
		return failures != null && failures.count >= limit && now - failures.lastAt < window.toMillis();
	}

	/**
	 * Counts a failure; when the last one is older than the period (the lock's duration, plus the longest delay
	 * for an account) the count starts over.
	 */
	private int count(Cache<String, Failures> table, String key, long now) {
		long window = rules.duration().toMillis() + (table == accounts ? rules.maxDelay().toMillis() : 0);
		return table.asMap().compute(key, (k, failures) -> {
			Failures current = failures == null || now - failures.lastAt >= window ? new Failures() : failures;
			current.count++;
			current.lastAt = now;
			return current;
		}).count;
	}

	private static String account(String username) {
		return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
	}

	private <V> Cache<String, V> table(Duration idle) {
		return Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterAccess(idle)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/** Failures of one key: how many, and when the last. */
	private static final class Failures {

		int count;

		long lastAt;

	}

}
