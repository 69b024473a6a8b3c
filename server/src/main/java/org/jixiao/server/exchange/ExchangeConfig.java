package org.jixiao.server.exchange;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ExchangeConfig {
    /** The paths bulk imports are uploaded to: of self-evaluation tables and of monitoring tables, page and API. */
    static final java.util.List<String> UPLOADS = java.util.List.of(BulkImportController.PATH, BulkImportApiController.PATH,
            MonitoringImportController.PATH, MonitoringImportController.API_PATH);

    /** First of all filters: an oversized upload is refused before security or multipart parsing touch its body. */
    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(Notes notes) {
        FilterRegistrationBean<UploadSizeFilter> bean = new FilterRegistrationBean<>(new UploadSizeFilter(notes));
        bean.addUrlPatterns(UPLOADS.toArray(String[]::new));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /** After security: only a signed-in user's upload is parsed, and one over the part limit is refused in words. */
    @Bean
    FilterRegistrationBean<UploadPartsFilter> uploadPartsFilter(Notes notes) {
        FilterRegistrationBean<UploadPartsFilter> bean = new FilterRegistrationBean<>(new UploadPartsFilter(notes));
        bean.addUrlPatterns(UPLOADS.toArray(String[]::new));
        bean.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return bean;
    }
}
