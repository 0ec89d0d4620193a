package org.haven.platform.web;

import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/** RFC 9457 problem details for every error of the REST API (and only of the API: pages get error pages). */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoAccess.class)
    ProblemDetail noAccess(NoAccess e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail refused(DomainRuleViolation e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.messageCode());
        return problem;
    }

    @ExceptionHandler(EditConflict.class)
    ProblemDetail conflict(EditConflict e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed by someone else since you read it. Nothing was saved; "
                        + "compare with 'current', then send your change again with its version.");
        problem.setProperty("current", e.current());
        return problem;
    }

    /**
     * A body that cannot be read: say so plainly, including that JSON booleans and numbers may not
     * be null, without echoing internal type names.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint: check the syntax, the field types and the "
                        + "allowed values (see /v3/api-docs). Nothing was saved.");
        if (ex.getMostSpecificCause() instanceof UnrecognizedPropertyException unknown) {
            // A misspelt field would otherwise be dropped without a word, and its value lost.
            problem.setDetail("Unknown field '" + unknown.getPropertyName() + "': check its spelling against "
                    + "/v3/api-docs. Nothing was saved.");
            problem.setProperty("field", unknown.getPropertyName());
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var problem = ex.getBody();
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        problem.setDetail("Some fields are not valid: nothing was saved.");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }
}
