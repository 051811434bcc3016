package org.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their declared dependencies; their documentation is generated, not drawn. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
