package org.haven.platform;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every JSON body the API takes (found from the REST controllers' {@code @RequestBody} parameters),
 * fed anything: it is read into its request type (then validated) or refused by the JSON reader,
 * which the API answers with 400 problem details; nothing fails in another way. Fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl app test -Dtest=ApiRequestBodyFuzzTest}.
 */
class ApiRequestBodyFuzzTest {

    private static final List<Class<?>> BODIES = requestBodies();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).findAndAddModules().build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @FuzzTest(maxDuration = "60s")
    void any_json_body_sent_to_the_api_is_read_or_refused_as_a_bad_request(FuzzedDataProvider data) {
        var type = BODIES.get(data.consumeInt(0, BODIES.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();
        Object read;
        try {
            read = JSON.readValue(body, type);
        } catch (JacksonException refused) {
            return; // 400, with the reason
        }
        if (read != null) {
            VALIDATOR.validate(read); // violations are 400 too; it must not throw
        }
    }

    private static List<Class<?>> requestBodies() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        var bodies = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.haven")) {
            try {
                for (var method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                    for (Parameter parameter : method.getParameters()) {
                        if (parameter.isAnnotationPresent(RequestBody.class) && !bodies.contains(parameter.getType())) {
                            bodies.add(parameter.getType());
                        }
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        bodies.sort(Comparator.comparing(Class::getName));
        if (bodies.size() < 10) {
            throw new IllegalStateException("Expected the API's request bodies, found " + bodies);
        }
        return List.copyOf(bodies);
    }
}
