package org.gongkai.common;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The server's own cache of anonymous public pages (gongkai.page-cache.*).
 *
 * @param enabled whether anonymous pages are kept at all
 * @param maxSize the memory the kept pages may take
 * @param maxEntrySize the largest response kept
 * @param timeToLive the longest a page is kept, for what its {@link PublicContent} states do not capture (a unit
 *        renamed)
 * @param checkEvery how often the public content's state is read again: a change shows on the pages within this
 *        time, on every node; zero reads it on every request
 * @param publicMaxAge how long browsers, nginx or a CDN may keep an anonymous public page, feed or download
 *        ({@code Cache-Control: public, max-age}, see {@link PublicCaching})
 */
@Validated
@ConfigurationProperties("gongkai.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("1MB") DataSize maxEntrySize, @DefaultValue("10m") Duration timeToLive,
		@DefaultValue("1s") Duration checkEvery, @DefaultValue("60s") Duration publicMaxAge) {
}
