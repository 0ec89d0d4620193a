package org.haven.crossborder;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class NodeEndpointTest {

    @Test
    void aFloodFromOneAddressIsHeldOffWhileOtherAddressesAreStillServed() {
        var endpoint = new NodeEndpoint(null, null, null, DataSize.ofMegabytes(1), 2);

        assertThat(endpoint.admits("192.0.2.1")).isTrue();
        assertThat(endpoint.admits("192.0.2.1")).isTrue();
        assertThat(endpoint.admits("192.0.2.1")).isFalse();
        assertThat(endpoint.admits("192.0.2.2")).isTrue();
    }
}
