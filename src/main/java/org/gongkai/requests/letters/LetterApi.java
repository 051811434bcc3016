package org.gongkai.requests.letters;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.CaseLetters;
import org.gongkai.requests.LetterView;

/**
 * Staff API: a case's reply letter as text (JSON) and as DOCX, for the case's handlers. Others get 404 problem
 * details, as for the case itself.
 */
@RestController
@RequestMapping("/api/v1/admin/requests/{id}")
@Tag(name = "Staff: reply letters", description = "The reply letter (答复告知书) of an application: as issued, or "
		+ "the current draft from the letter templates before the reply")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class LetterApi {

	private final CaseLetters letters;

	private final MessageSource messages;

	LetterApi(CaseLetters letters, MessageSource messages) {
		this.letters = letters;
		this.messages = messages;
	}

	@GetMapping(value = "/letter", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replyLetter",
			summary = "The reply letter's text, one paragraph a line; draft=true before the reply is issued")
	ResponseEntity<LetterView> letter(@PathVariable long id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(letters.letter(CurrentStaff.require(), id));
	}

	@GetMapping(value = "/letter.docx",
			produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
	@Operation(operationId = "replyLetterDocx",
			summary = "The reply letter as a Word document (DOCX), marked 草稿 (draft) before the reply",
			responses = @ApiResponse(responseCode = "200", description = "the letter",
					content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
		LetterView letter = letters.letter(CurrentStaff.require(), id);
		return Downloads.docx(letter.fileName("docx"),
				LetterDocx.of(letter, messages.getMessage("letter.draft.mark", null, locale)));
	}

}
