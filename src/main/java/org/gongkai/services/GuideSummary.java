package org.gongkai.services;

import java.time.Instant;

/** A guide in a list: what a reader needs to choose one. */
public record GuideSummary(String code, String name, ServiceTheme theme, HandlingKind kind, Integer statutoryDays,
		Integer promisedDays, Integer visits, boolean forIndividuals, boolean forEmployers, long unitId,
		GuideStatus status, Instant publishedAt, Instant updatedAt) {
}
