package org.gongkai.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Gives a MockMvc request a client address of its own. The rate limiter keeps counting across tests that share
 * a context, so a test that submits public forms from the default 127.0.0.1 could be refused because of
 * another test's requests; a fresh address starts with a full allowance.
 */
public final class ClientAddresses {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private ClientAddresses() {
	}

	/** A new address from the 198.18.0.0/15 benchmarking block, different on every call. */
	public static String fresh() {
		int n = NEXT.getAndIncrement();
		return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	/** Sends the request from {@code address}. */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
