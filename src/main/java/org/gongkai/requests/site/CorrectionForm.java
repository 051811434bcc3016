package org.gongkai.requests.site;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.requests.ApplicationForm;

/** The corrected items and a note, as the tracking page's correction form posts them. */
public class CorrectionForm {

	private List<ItemRow> items = new ArrayList<>();

	private String note;

	public List<ItemRow> getItems() {
		return items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	List<ApplicationForm.Item> items() {
		return items.stream().map(row -> new ApplicationForm.Item(row.getDescription(), row.getDocumentNumber())).toList();
	}

	/** One corrected item. */
	public static class ItemRow {

		private String description;

		private String documentNumber;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getDocumentNumber() {
			return documentNumber;
		}

		public void setDocumentNumber(String documentNumber) {
			this.documentNumber = documentNumber;
		}

	}

}
