package org.gongkai.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room for every parsed expression of the templates. Thymeleaf keeps at most 500 by default, fewer than the public
 * pages alone use (layout, catalogue, document and search pages hold some 700 between them): under load the
 * expressions were parsed again and again (and, in a trial of the Spring EL compiler, each new parse became a new
 * class, 40 a second). The template cache keeps its default size.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	static final int EXPRESSIONS = 20_000;

	@Bean
	static BeanPostProcessor templateExpressionCache() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
