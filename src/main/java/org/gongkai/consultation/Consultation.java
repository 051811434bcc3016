package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A draft open for public comment (公开征求意见稿): the explanation (起草说明), the draft text by article, its files,
 * the period, and after closing the feedback (意见采纳情况) in opinion groups with the final decision document.
 */
@Entity
@Table(name = "consultation")
class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String explanation;

	private long unitId;

	private String contact;

	private boolean normative;

	private LocalDate opensOn;

	private LocalDate closesOn;

	private String shortPeriodReason;

	@Enumerated(EnumType.STRING)
	private ConsultationStatus status = ConsultationStatus.DRAFT;

	private String createdBy;

	/** Everyone who created or changed the consultation: 四眼原则, none of them does the review that publishes it. */
	@ElementCollection
	@CollectionTable(name = "consultation_contributor", joinColumns = @JoinColumn(name = "consultation_id"))
	@Column(name = "username")
	private Set<String> contributors = new HashSet<>();

	private Instant createdAt;

	private String reviewedBy;

	private Instant publishedAt;

	private String outcomeSummary;

	private Long finalDocumentId;

	private Instant outcomePublishedAt;

	private String outcomePublishedBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ConsultationArticle> articles = new ArrayList<>();

	@OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ConsultationFile> files = new ArrayList<>();

	@OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ConsultationOpinionGroup> groups = new ArrayList<>();

	protected Consultation() {
	}

	Consultation(String createdBy, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.contributors.add(createdBy);
	}

	/** {@code by} changed the consultation (its text, dates or files) and joins its contributors. */
	void changedBy(String by) {
		contributors.add(by);
	}

	Set<String> contributors() {
		return Collections.unmodifiableSet(contributors);
	}

	/** Replaces what the form holds; the draft text is split into articles again (comments only exist once public). */
	void edit(ConsultationForm form, List<DraftText.Article> draft) {
		this.title = form.title().strip();
		this.explanation = form.explanation().strip();
		this.unitId = form.unitId();
		this.contact = form.contact().strip();
		this.normative = form.normative();
		this.opensOn = form.opensOn();
		this.closesOn = form.closesOn();
		this.shortPeriodReason = form.shortPeriodReason() == null || form.shortPeriodReason().isBlank() ? null
				: form.shortPeriodReason().strip();
		this.articles.clear();
		for (DraftText.Article article : draft) {
			this.articles.add(new ConsultationArticle(this, articles.size() + 1, article.label(), article.text()));
		}
	}

	/** Dates only, once public: the draft text may no longer change under the comments anchored to it. */
	void reschedule(LocalDate opensOn, LocalDate closesOn, String shortPeriodReason) {
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.shortPeriodReason = shortPeriodReason;
	}

	void publish(String reviewer, Instant at) {
		this.status = ConsultationStatus.PUBLISHED;
		this.reviewedBy = reviewer;
		this.publishedAt = at;
	}

	void addFile(ConsultationFile file) {
		files.add(file);
	}

	boolean removeFile(long fileId) {
		return files.removeIf(f -> f.id() != null && f.id() == fileId);
	}

	ConsultationOpinionGroup addGroup(String summary, Adoption adoption, String reason) {
		ConsultationOpinionGroup group = new ConsultationOpinionGroup(this, groups.size() + 1, summary, adoption,
				reason);
		groups.add(group);
		return group;
	}

	void removeGroup(ConsultationOpinionGroup group) {
		groups.remove(group);
		for (int i = 0; i < groups.size(); i++) {
			groups.get(i).moveTo(i + 1);
		}
	}

	void editOutcome(String summary, Long finalDocumentId) {
		this.outcomeSummary = summary;
		this.finalDocumentId = finalDocumentId;
	}

	void conclude(String by, Instant at) {
		this.status = ConsultationStatus.CONCLUDED;
		this.outcomePublishedBy = by;
		this.outcomePublishedAt = at;
	}

	Phase phase(LocalDate today) {
		return switch (status) {
			case DRAFT -> Phase.DRAFT;
			case CONCLUDED -> Phase.CONCLUDED;
			case PUBLISHED -> today.isBefore(opensOn) ? Phase.UPCOMING
					: today.isAfter(closesOn) ? Phase.CLOSED : Phase.OPEN;
		};
	}

	Optional<ConsultationArticle> article(long articleId) {
		return articles.stream().filter(a -> a.id() != null && a.id() == articleId).findFirst();
	}

	Optional<ConsultationFile> file(long fileId) {
		return files.stream().filter(f -> f.id() != null && f.id() == fileId).findFirst();
	}

	Optional<ConsultationOpinionGroup> group(long groupId) {
		return groups.stream().filter(g -> g.id() != null && g.id() == groupId).findFirst();
	}

	Long id() {
		return id;
	}

	String title() {
		return title;
	}

	String explanation() {
		return explanation;
	}

	long unitId() {
		return unitId;
	}

	String contact() {
		return contact;
	}

	boolean normative() {
		return normative;
	}

	LocalDate opensOn() {
		return opensOn;
	}

	LocalDate closesOn() {
		return closesOn;
	}

	String shortPeriodReason() {
		return shortPeriodReason;
	}

	ConsultationStatus status() {
		return status;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	String reviewedBy() {
		return reviewedBy;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	String outcomeSummary() {
		return outcomeSummary;
	}

	Long finalDocumentId() {
		return finalDocumentId;
	}

	Instant outcomePublishedAt() {
		return outcomePublishedAt;
	}

	long version() {
		return version;
	}

	List<ConsultationArticle> articles() {
		return articles;
	}

	List<ConsultationFile> files() {
		return files;
	}

	List<ConsultationOpinionGroup> groups() {
		return groups;
	}

}
