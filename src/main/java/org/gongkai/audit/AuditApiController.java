package org.gongkai.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API: the audit log, newest first, and the chain verification. */
@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	PageOfRecords list(@ModelAttribute AuditQuery query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page<AuditRecord> rows = log.search(query, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
		return new PageOfRecords(rows.getContent(), rows.getNumber(), rows.getSize(), rows.getTotalElements());
	}

	@PostMapping("/verify")
	ChainVerification verify() {
		return log.verify();
	}

	record PageOfRecords(java.util.List<AuditRecord> items, int page, int size, long total) {
	}

}
