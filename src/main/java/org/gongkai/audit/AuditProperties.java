package org.gongkai.audit;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the audit chain is appended to (gongkai.audit.*).
 *
 * @param appendEvery the pause between two runs of the appender on each node: how long a new row waits at most
 *        (plus a batch) before it is chained; the verification chains whatever is pending before it walks
 * @param appendBatch how many pending rows one appender transaction chains
 */
@Validated
@ConfigurationProperties("gongkai.audit")
record AuditProperties(@DefaultValue("200ms") Duration appendEvery,
		@DefaultValue("500") @Min(1) @Max(10_000) int appendBatch) {
}
