package org.gongkai.powers;

/**
 * A power item as other modules see it: its code, name, type, current status (a {@link PowerStatus} name, e.g.
 * "RETAINED") and the identity unit that handles it.
 */
public record PowerItemRef(String code, String name, PowerType type, String status, Long handlingUnitId) {
}
