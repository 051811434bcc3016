package org.gongkai.config;

import org.gongkai.common.ClientAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that answers the client address the application uses for rate limits and the audit log
 * ({@link ClientAddress}). Found by component scanning in test contexts only.
 */
@RestController
class ClientAddressProbe {

	@GetMapping("/test/client-address")
	String clientAddress() {
		return ClientAddress.current();
	}

}
