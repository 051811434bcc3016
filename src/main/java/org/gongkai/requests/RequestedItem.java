package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One piece of information asked for (所需政府信息), decided on its own with a reply type and, where needed, a ground. */
@Entity
@Table(name = "request_item")
class RequestedItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private DisclosureRequest request;

	@Column(name = "item_order")
	private int position;

	private String description;

	private String documentNumber;

	@Enumerated(EnumType.STRING)
	private ReplyType reply;

	@Enumerated(EnumType.STRING)
	private Ground ground;

	private String explanation;

	private LocalDate decidedOn;

	private String decidedBy;

	/** Catalogue documents the reply points to (已主动公开: where; 予以公开: what). */
	@ElementCollection
	@CollectionTable(name = "request_item_document", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "document_id")
	@OrderColumn(name = "doc_order")
	private List<Long> documentIds = new ArrayList<>();

	protected RequestedItem() {
	}

	RequestedItem(DisclosureRequest request, int position, String description, String documentNumber) {
		this.request = request;
		this.position = position;
		this.description = description;
		this.documentNumber = documentNumber;
	}

	void decide(ReplyType reply, Ground ground, String explanation, Set<Long> documents, LocalDate on, String by) {
		this.reply = reply;
		this.ground = ground;
		this.explanation = explanation;
		this.documentIds = new ArrayList<>(new LinkedHashSet<>(documents));
		this.decidedOn = on;
		this.decidedBy = by;
	}

	boolean decided() {
		return reply != null;
	}

	ReportRow row() {
		return reply == null ? null : reply.row(ground);
	}

	Long id() {
		return id;
	}

	int position() {
		return position;
	}

	String description() {
		return description;
	}

	String documentNumber() {
		return documentNumber;
	}

	ReplyType reply() {
		return reply;
	}

	Ground ground() {
		return ground;
	}

	String explanation() {
		return explanation;
	}

	LocalDate decidedOn() {
		return decidedOn;
	}

	String decidedBy() {
		return decidedBy;
	}

	List<Long> documentIds() {
		return List.copyOf(documentIds);
	}

}
