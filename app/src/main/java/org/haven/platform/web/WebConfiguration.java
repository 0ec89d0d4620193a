package org.haven.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("HAVEN_LANG");
        // Forgotten when the browser closes: on a shared or watched phone, no lasting trace that a child
        // chose another language on the public pages.
        resolver.setCookieMaxAge(Duration.ofSeconds(-1));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(request -> SupportedLanguages.closest(request.getLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // GOV.UK Frontend's stylesheet refers to its images and icons under /assets/.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/"
                        + GovukFrontend.VERSION + "/dist/govuk/assets/")
                .setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(7)));
    }
}
