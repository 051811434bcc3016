package org.gongkai.requests.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable receipt (回执) an application redirects to, at its form's one-time key. Only the browser that
 * submitted holds it (in its session); any other gets 404 and is told to track with the number and code it kept.
 */
@Controller
class ReceiptController {

	@GetMapping("/apply/receipt/{key}")
	String receipt(@PathVariable String key, HttpServletRequest request, HttpServletResponse response, Model model) {
		NoStore.set(response);
		return KeptReceipts.find(request.getSession(false), key).map(kept -> {
			model.addAttribute("receipt", kept);
			return "requests/site/receipt";
		}).orElseGet(() -> {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "requests/site/receipt-gone";
		});
	}

}
