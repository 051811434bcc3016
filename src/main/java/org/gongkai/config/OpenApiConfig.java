package org.gongkai.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: what the API is and how staff calls authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI gongkaiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Gongkai API")
				.version("v1")
				.description("Public API (/api/v1/**) and staff API (/api/v1/admin/**, HTTP Basic or a personal "
						+ "API token as 'Authorization: Bearer gk_...'). Errors are RFC 9457 problem details."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("gk_ token")));
	}

}
