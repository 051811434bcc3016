package org.gongkai.common;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * The version of everything public: the latest change of every {@link PublicContent}, a digest of their states
 * and today's date (pages say what is open or overdue today). It is read at most once per
 * {@link PageCacheProperties#checkEvery()}, so that a spike of anonymous requests costs the database one query
 * per module and second rather than per request.
 */
@Component
public class PublicVersion {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * @param lastChange the latest change of any public content (for Last-Modified)
	 * @param tag a digest of all states (for ETags and the page cache)
	 */
	public record Version(Instant lastChange, String tag) {
	}

	private record Read(Version version, long atNanos) {
	}

	private final List<PublicContent> contents;

	private final Clock clock;

	private final long checkEveryNanos;

	private volatile Read last;

	private final AtomicBoolean reading = new AtomicBoolean();

	public PublicVersion(List<PublicContent> contents, Clock clock, PageCacheProperties properties) {
		this.contents = List.copyOf(contents);
		this.clock = clock;
		this.checkEveryNanos = properties.checkEvery().toNanos();
	}

	/**
	 * The version, read again when the last reading is older than the interval. One request reads it; requests
	 * arriving meanwhile take the last reading rather than piling onto the database.
	 */
	public Version current() {
		Read read = this.last;
		long now = System.nanoTime();
		if (read != null && now - read.atNanos() < this.checkEveryNanos) {
			return read.version();
		}
		if (read != null && this.checkEveryNanos > 0 && !this.reading.compareAndSet(false, true)) {
			return read.version();
		}
		try {
			read = new Read(read(), now);
			this.last = read;
			return read.version();
		}
		finally {
			this.reading.set(false);
		}
	}

	private Version read() {
		Instant latest = Instant.EPOCH;
		StringBuilder states = new StringBuilder().append(clock.instant().atZone(CHINA).toLocalDate());
		for (PublicContent content : this.contents) {
			PublicContent.State state = content.state();
			if (state.lastChange() != null && state.lastChange().isAfter(latest)) {
				latest = state.lastChange();
			}
			states.append('|').append(state.lastChange()).append('|').append(state.detail());
		}
		return new Version(latest,
				FileStore.sha256(states.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32));
	}

}
