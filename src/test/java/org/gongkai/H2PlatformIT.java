package org.gongkai;

import org.gongkai.support.GongkaiTest;

/** The platform journeys on the embedded default database (H2 in PostgreSQL mode). */
@GongkaiTest
class H2PlatformIT extends PlatformScenarios {

}
