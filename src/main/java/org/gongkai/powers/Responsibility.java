package org.gongkai.powers;

/** A responsibility item (责任事项): what the department must do at one stage of exercising the power. */
public record Responsibility(ResponsibilityStage stage, String duty) {
}
