package org.haven.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.List;
import java.util.Locale;

/** What every page's layout needs: the language list and the text direction. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("languages")
    List<Locale> languages(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().startsWith("/report") ? SupportedLanguages.PUBLIC : SupportedLanguages.ALL;
    }

    @ModelAttribute("direction")
    String direction() {
        return SupportedLanguages.direction(LocaleContextHolder.getLocale());
    }

    @ModelAttribute("languageTag")
    String languageTag() {
        return LocaleContextHolder.getLocale().toLanguageTag();
    }
}
