package org.gongkai.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The size of Tomcat's write buffer per connection ({@code gongkai.http.socket-write-buffer}). Tomcat writes a
 * response to the socket in pieces of this size: a kept catalogue page of 23 KB took three socket writes with
 * Tomcat's own 8 KB. Every open connection holds one, so the size times {@code server.tomcat.max-connections} must
 * fit in the heap.
 */
@Configuration(proxyBeanMethods = false)
class SocketBuffers {

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(@Value("${gongkai.http.socket-write-buffer:8KB}") DataSize size) {
		return connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(size.toBytes()));
	}

}
