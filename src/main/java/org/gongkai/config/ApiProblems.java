package org.gongkai.config;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.common.RateLimited;
import org.gongkai.common.RuleViolation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for every JSON API ({@code @RestController}s): bad parameters name the
 * parameter, validation errors list each field, and nothing internal (no stack trace) reaches the client.
 * HTML pages keep their own error pages.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	/** What a client waits before sending again a change refused because the database was busy. */
	static final long BUSY_RETRY_AFTER_SECONDS = 5;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	ApiProblems(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badParameter(ex.getParameterName(), msg("problem.parameter.missing", ex.getParameterName()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("parameter", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, locale()))))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, msg("problem.invalid"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, msg("problem.invalid"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A body that is not the JSON expected: the problem names the field by its JSON path ({@code items[0].kind})
	 * where the parser knows it; a body cut off at the size limit ({@link BodyLimit}) is 413.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (request.getAttribute(BodyLimit.EXCEEDED, WebRequest.SCOPE_REQUEST) != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.header(HttpHeaders.CONNECTION, "close")
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, msg("problem.body.tooLarge")));
		}
		String path = JsonPaths.of(ex);
		if (path == null) {
			return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, msg("problem.body.malformed")));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, msg("problem.field.malformed", path));
		problem.setProperty("errors", List.of(Map.of("field", path, "message", problem.getDetail())));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badParameter(ex.getName(), msg("problem.parameter.malformed", ex.getName(), ex.getValue()));
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<Object> domain(RuleViolation ex) {
		ProblemDetail problem = problem(ex.status(), msg(ex.messageKey(), ex.arguments()));
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	/** 429 with {@code Retry-After} in seconds, so that clients can wait without parsing the text. */
	@ExceptionHandler(RateLimited.class)
	ResponseEntity<Object> rateLimited(RateLimited ex) {
		ProblemDetail problem = problem(ex.status(), msg(ex.messageKey(), ex.arguments()));
		problem.setProperty("retryAfter", ex.retryAfterSeconds());
		return ResponseEntity.status(ex.status())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	/**
	 * 503 with {@code Retry-After} when the database could not give a row lock in time (many applications at once
	 * wait on the year's serial): the transaction rolled back, nothing was kept, the client may send it again.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<Object> busy(PessimisticLockingFailureException ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, msg("problem.busy"));
		problem.setProperty("retryAfter", BUSY_RETRY_AFTER_SECONDS);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(BUSY_RETRY_AFTER_SECONDS))
			.body(problem);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<Object> denied(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, msg("problem.forbidden")));
	}

	@Override
	protected ResponseEntity<Object> handleErrorResponseException(ErrorResponseException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(status).body(problem(status, ex.getBody().getDetail()));
	}

	AuthenticationEntryPoint entryPoint() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gongkai\"");
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		};
	}

	AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	/** Answers from a filter, outside Spring MVC: the locale comes from the request. */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", messages.getMessage(key, null, key, locales.resolveLocale(request)));
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

	private ResponseEntity<Object> badParameter(String name, String detail) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", List.of(Map.of("parameter", name, "message", detail)));
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
