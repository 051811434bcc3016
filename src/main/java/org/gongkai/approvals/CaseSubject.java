package org.gongkai.approvals;

import org.gongkai.powers.PowerType;

/** The power item a case is for, copied onto the case at registration so that it reads as it was then. */
record CaseSubject(String powerCode, String itemName, PowerType powerType, long handlingUnitId) {
}
