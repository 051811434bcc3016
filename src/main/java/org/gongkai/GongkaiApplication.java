package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Gongkai (公开): open-government platform. One deployable, one module per business capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongkaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(GongkaiApplication.class, args);
	}

}
