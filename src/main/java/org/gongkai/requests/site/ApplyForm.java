package org.gongkai.requests.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import org.gongkai.requests.ApplicantFiles;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.IdType;
import org.gongkai.requests.WantedForm;

/**
 * The public application form as the page sends it (政府信息公开申请表). A mutable bean, unlike the other forms,
 * because the page adds and removes requested items in round trips that must keep everything typed. The person's
 * and the organisation's fields are both on the page; {@link #toApplication()} takes the ones of the kind chosen.
 */
public class ApplyForm {

	static final int MAX_ITEMS = 20;

	private ApplicantKind kind;

	private String personName;

	private IdType idType;

	private String idNumber;

	private String orgName;

	private String creditCode;

	private String contactPerson;

	private String phone;

	private String email;

	private String address;

	private String postcode;

	private List<ItemRow> items = new ArrayList<>();

	private String purpose;

	private WantedForm wantedForm;

	private Delivery delivery;

	private String submissionKey;

	private List<MultipartFile> files = new ArrayList<>();

	/** A new, empty form with one item row and a fresh one-time key. */
	static ApplyForm blank() {
		ApplyForm form = new ApplyForm();
		form.submissionKey = UUID.randomUUID().toString();
		form.items.add(new ItemRow());
		return form;
	}

	/** The application as the facades take it: the person's fields or the organisation's, by the kind chosen. */
	ApplicationForm toApplication() {
		boolean organisation = kind != null && kind.organisation();
		List<ApplicationForm.Item> rows = items.stream()
			.map(row -> new ApplicationForm.Item(row.getDescription(), row.getDocumentNumber()))
			.toList();
		return new ApplicationForm(kind, organisation ? orgName : personName, organisation ? null : idType,
				organisation ? creditCode : idNumber, organisation ? contactPerson : null, phone, email, address,
				postcode, rows, purpose, wantedForm, delivery);
	}

	/**
	 * The page's field for a field the application names: {@code name} and {@code idNumber} are the person's or the
	 * organisation's; {@code null} for the applicant's identity while no kind is chosen (only the kind is asked for).
	 */
	String pageField(String applicationField) {
		boolean organisation = kind != null && kind.organisation();
		boolean identity = switch (applicationField) {
			case "name", "idNumber", "idType", "contactPerson" -> true;
			default -> false;
		};
		if (kind == null && identity) {
			return null;
		}
		return switch (applicationField) {
			case "name" -> organisation ? "orgName" : "personName";
			case "idNumber" -> organisation ? "creditCode" : "idNumber";
			default -> applicationField;
		};
	}

	/** Keeps at least one (possibly blank) item row, so the page always has somewhere to type. */
	void ensureItemRow() {
		items.removeIf(row -> row == null);
		if (items.isEmpty()) {
			items.add(new ItemRow());
		}
	}

	boolean addItem() {
		ensureItemRow();
		if (items.size() >= MAX_ITEMS) {
			return false;
		}
		items.add(new ItemRow());
		return true;
	}

	void removeItem(int index) {
		if (index >= 0 && index < items.size()) {
			items.remove(index);
		}
		ensureItemRow();
	}

	/**
	 * The files chosen, as the facade takes them; an input left empty is no file. An unreadable one is put on the
	 * form as an error.
	 */
	List<ApplicantFiles.Upload> uploads(BindingResult errors) {
		List<ApplicantFiles.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = file == null ? null : file.getOriginalFilename();
			if (file == null || (file.isEmpty() && (name == null || name.isBlank()))) {
				continue;
			}
			try {
				uploads.add(new ApplicantFiles.Upload(name, file.getBytes()));
			}
			catch (IOException ex) {
				errors.rejectValue("files", "request.files.unreadable");
			}
		}
		return uploads;
	}

	boolean hasFiles() {
		return files != null && files.stream().anyMatch(file -> file != null && !file.isEmpty());
	}

	public ApplicantKind getKind() {
		return kind;
	}

	public void setKind(ApplicantKind kind) {
		this.kind = kind;
	}

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public IdType getIdType() {
		return idType;
	}

	public void setIdType(IdType idType) {
		this.idType = idType;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getOrgName() {
		return orgName;
	}

	public void setOrgName(String orgName) {
		this.orgName = orgName;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public List<ItemRow> getItems() {
		return items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public WantedForm getWantedForm() {
		return wantedForm;
	}

	public void setWantedForm(WantedForm wantedForm) {
		this.wantedForm = wantedForm;
	}

	public Delivery getDelivery() {
		return delivery;
	}

	public void setDelivery(Delivery delivery) {
		this.delivery = delivery;
	}

	public String getSubmissionKey() {
		return submissionKey;
	}

	public void setSubmissionKey(String submissionKey) {
		this.submissionKey = submissionKey;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files == null ? new ArrayList<>() : files;
	}

	/** One requested item row of the page. */
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
