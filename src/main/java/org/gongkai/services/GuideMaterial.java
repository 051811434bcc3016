package org.gongkai.services;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of a guide's materials table, with the blank form and the filled example kept in the file store. */
@Embeddable
class GuideMaterial {

	private String name;

	@Enumerated(EnumType.STRING)
	private MaterialSource source;

	@Enumerated(EnumType.STRING)
	private Medium medium;

	@Enumerated(EnumType.STRING)
	private Necessity necessity;

	private Integer copies;

	private String notes;

	private boolean eLicence;

	private String blankFileName;

	private String blankFileKey;

	private String exampleFileName;

	private String exampleFileKey;

	protected GuideMaterial() {
	}

	GuideMaterial(GuideDraft.MaterialRow row) {
		this.name = row.name().strip();
		this.source = row.source() == null ? MaterialSource.APPLICANT : row.source();
		this.medium = row.medium() == null ? Medium.PAPER : row.medium();
		this.necessity = row.necessity() == null ? Necessity.REQUIRED : row.necessity();
		this.copies = row.copies();
		this.notes = org.gongkai.common.Texts.blankToNull(row.notes());
		this.eLicence = Boolean.TRUE.equals(row.eLicence());
	}

	/** Keeps the files of the row this one replaces (same material, edited). */
	void keepFilesOf(GuideMaterial before) {
		this.blankFileName = before.blankFileName;
		this.blankFileKey = before.blankFileKey;
		this.exampleFileName = before.exampleFileName;
		this.exampleFileKey = before.exampleFileKey;
	}

	void attach(MaterialFile kind, String fileName, String key) {
		if (kind == MaterialFile.BLANK) {
			blankFileName = fileName;
			blankFileKey = key;
		}
		else {
			exampleFileName = fileName;
			exampleFileKey = key;
		}
	}

	String fileKey(MaterialFile kind) {
		return kind == MaterialFile.BLANK ? blankFileKey : exampleFileKey;
	}

	String fileName(MaterialFile kind) {
		return kind == MaterialFile.BLANK ? blankFileName : exampleFileName;
	}

	String name() {
		return name;
	}

	GuideDraft.MaterialRow toRow() {
		return new GuideDraft.MaterialRow(name, source, medium, necessity, copies, notes, eLicence);
	}

	GuideView.Material toView() {
		return new GuideView.Material(name, source, medium, necessity, copies, notes, eLicence, blankFileName,
				exampleFileName);
	}

}
