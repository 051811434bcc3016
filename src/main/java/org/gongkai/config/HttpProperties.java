package org.gongkai.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may speak for a client ({@code gongkai.http.*}): the reverse proxies whose {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} headers are believed, as addresses or CIDR ranges. Empty: none. The default, the
 * loopback addresses, fits nginx on the same machine.
 */
@ConfigurationProperties("gongkai.http")
record HttpProperties(@DefaultValue({ "127.0.0.0/8", "::1" }) List<String> trustedProxies) {
}
