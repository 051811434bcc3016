package org.gongkai.common;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the shared pager ({@code fragments/fields :: pager}): the page being read with only {@code page}
 * changed, so that every filter in its query is kept without each template listing them again.
 */
@Component("pagerLinks")
public class PagerLinks {

	/** This page's path and query (still percent-encoded) with {@code page=number}. */
	public String to(int number) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", number)
			.build()
			.toUriString();
	}

}
