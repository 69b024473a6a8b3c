package org.jixiao.server.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A larger cache of parsed template expressions. The form writes each field of each row as its own expression
 * ({@code indicators[7].actual} …): a page of 15–20 indicators holds more than Thymeleaf's default of 500, so every
 * request parsed most of them anew — about a fifth of the time of an evaluation page.
 */
@Configuration
class TemplateCaches {
    private static final int EXPRESSIONS = 20_000;

    @Bean
    static BeanPostProcessor largerExpressionCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
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
