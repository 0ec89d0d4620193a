package org.haven.access;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThrottleTest {

    private final RequestThrottle throttle = new RequestThrottle(3, 5);

    private int send(String method, String path, String address, String authorization) throws Exception {
        var request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        var response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void a_fourth_sign_in_attempt_a_minute_from_one_address_waits_while_another_address_goes_ahead() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("POST", "/sign-in", "198.51.100.1", null)).isEqualTo(200);
        }
        assertThat(send("POST", "/sign-in/code", "198.51.100.1", null)).isEqualTo(429);
        assertThat(send("POST", "/sign-in", "198.51.100.2", null)).isEqualTo(200);
        assertThat(send("GET", "/sign-in", "198.51.100.1", null)).as("the page itself stays open").isEqualTo(200);
    }

    @Test
    void an_api_token_over_its_allowance_gets_429_and_other_tokens_do_not() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/api/v1/cases", "198.51.100.3", "Bearer one")).isEqualTo(200);
        }
        assertThat(send("GET", "/api/v1/cases", "198.51.100.3", "Bearer one")).isEqualTo(429);
        assertThat(send("GET", "/api/v1/cases", "198.51.100.3", "Bearer two")).isEqualTo(200);
    }
}
