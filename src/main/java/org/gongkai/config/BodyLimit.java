package org.gongkai.config;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest body a public request may send ({@code gongkai.http.max-json-body}), checked before anything reads
 * it: a declared {@code Content-Length} above it is answered 413 at once; a body sent without a length (chunked)
 * is cut off when it passes the limit, and the API answers 413 too ({@link ApiProblems}). Uploads (multipart) keep
 * their own limits, and the staff console and staff API (signed in) may send larger documents.
 */
class BodyLimit extends OncePerRequestFilter {

	/** Set on the request when its body passed the limit while being read. */
	static final String EXCEEDED = BodyLimit.class.getName() + ".EXCEEDED";

	private final long limit;

	private final ApiProblems problems;

	BodyLimit(DataSize limit, ApiProblems problems) {
		this.limit = limit.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = request.getContentType();
		return path.startsWith("/admin") || path.startsWith("/api/v1/admin")
				|| (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			request.setAttribute(EXCEEDED, Boolean.TRUE);
			response.setHeader("Connection", "close");
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.body.tooLarge");
			}
			else {
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			}
			return;
		}
		chain.doFilter(new Bounded(request, limit), response);
	}

	/** Too large: thrown from a read, so that whoever reads (Jackson, a form) stops. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("Request body larger than " + limit + " bytes");
		}

	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), limit, (HttpServletRequest) getRequest());
			}
			return stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private final HttpServletRequest request;

		private long read;

		Counting(ServletInputStream in, long limit, HttpServletRequest request) {
			this.in = in;
			this.limit = limit;
			this.request = request;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				request.setAttribute(EXCEEDED, Boolean.TRUE);
				throw new TooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
