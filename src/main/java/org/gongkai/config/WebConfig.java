package org.gongkai.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.gongkai.common.DisplaySwitches;
import org.gongkai.common.PageCacheProperties;
import org.gongkai.common.PublicVersion;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.PersonalPages;
import org.gongkai.common.shell.PortalSection;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Locale (zh-CN by default, {@code ?lang=en} switches) and the display preferences of the accessibility toolbar. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final SiteProperties site;

	private final List<PortalSection> sections;

	private final List<ConsoleMenu> menus;

	WebConfig(SiteProperties site, List<PortalSection> sections, List<ConsoleMenu> menus) {
		this.site = site;
		this.sections = sections;
		this.menus = menus;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(DisplaySwitches.LANGUAGE_COOKIE);
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** The page cache, in front of security: a kept page costs no filter behind it. */
	@Bean
	FilterRegistrationBean<PageCache> pageCache(PublicVersion versions, PageCacheProperties properties,
			List<PersonalPages> personalPages) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(versions, properties, personalPages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor locale = new LocaleChangeInterceptor();
		locale.setParamName(DisplaySwitches.LANGUAGE_PARAMETER);
		locale.setIgnoreInvalidLocale(true);
		registry.addInterceptor(locale);
		// What pages show around their content (display switches, site, sections, the console menu); JSON answers
		// show none of it.
		registry.addInterceptor(new DisplayPreferences.Interceptor()).excludePathPatterns("/api/**");
		registry.addInterceptor(new LayoutAttributes(site, sections, menus)).excludePathPatterns("/api/**");
	}

}
