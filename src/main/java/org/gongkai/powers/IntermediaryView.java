package org.gongkai.powers;

/** An intermediary service (中介服务) an approval needs: its name, basis, time limit and provider requirements. */
public record IntermediaryView(Long id, String name, String basis, String timeLimit, String providerRequirements) {
}
