package org.gongkai.catalogue.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's bulk import (批量导入) for migrating an earlier site: a metadata file and a ZIP of files, a dry
 * run that lists every bad row, and the real import in the background with its progress.
 */
@Controller
class ImportConsole {

	static final String PAGE = "catalogue/imports/import";

	private final DocumentImport importer;

	private final ImportJobs jobs;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final CatalogueProperties properties;

	ImportConsole(DocumentImport importer, ImportJobs jobs, Catalogue catalogue, UnitManagement units,
			CatalogueProperties properties) {
		this.importer = importer;
		this.jobs = jobs;
		this.catalogue = catalogue;
		this.units = units;
		this.properties = properties;
	}

	@GetMapping("/admin/documents/import")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String page(Model model) {
		model.addAttribute("columns", Column.values());
		model.addAttribute("documentTypes", properties.documentTypes());
		model.addAttribute("categories", catalogue.categories());
		model.addAttribute("units", units.all());
		model.addAttribute("jobs", jobs.recent());
		return PAGE;
	}

	@PostMapping("/admin/documents/import")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "archive", required = false) MultipartFile archive,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Model model,
			RedirectAttributes redirect) throws IOException {
		AttachmentArchive files;
		try {
			files = archive == null || archive.isEmpty() ? AttachmentArchive.none()
					: AttachmentArchive.open(copy(archive));
		}
		catch (ImportRejected ex) {
			return showReport(new CheckReport(List.of(), ex.problems()), dryRun, model);
		}
		CheckReport report;
		try {
			report = importer.check(file.getBytes(), files);
		}
		catch (IOException | RuntimeException ex) {
			files.close();
			throw ex;
		}
		if (dryRun || !report.ok()) {
			files.close();
			return showReport(report, dryRun, model);
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		ImportJobView job = jobs.submit(CurrentStaff.require().username(), name, report.rows(), files);
		redirect.addFlashAttribute("flash", Notice.of("import.started", job.total()));
		return "redirect:/admin/documents/import/" + job.id();
	}

	@GetMapping("/admin/documents/import/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String job(@PathVariable String id, Model model) {
		model.addAttribute("job", jobs.get(id).orElseThrow(() -> RuleViolation.notFound("import.job.notFound", id)));
		return "catalogue/imports/job";
	}

	private String showReport(CheckReport report, boolean dryRun, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("dryRun", dryRun);
		return page(model);
	}

	/** The upload outlives the request when the import runs in the background, so it is copied first. */
	private static Path copy(MultipartFile archive) throws IOException {
		Path copy = Files.createTempFile("gongkai-import-", ".zip");
		archive.transferTo(copy);
		return copy;
	}

}
