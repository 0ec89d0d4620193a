package org.haven.crossborder.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.crossborder.NodeEndpoint;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Node-to-node protocol, version 1 (docs/crossborder.md): the node's description with its public
 * keys, and the inbox. Callers are not signed-in users: a message proves its sender by its
 * signature, and every answer is a receipt signed by this node.
 */
@RestController
@Tag(name = "Node-to-node protocol", description = "Signed and encrypted messages between Haven nodes")
class NodeApi {

    static final MediaType JOSE = MediaType.parseMediaType("application/jose");

    private final NodeEndpoint endpoint;

    NodeApi(NodeEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @GetMapping(path = "/node-api/v1/node", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "This node: id, country, name, endpoint, public keys (JWK set), languages, request kinds accepted")
    Map<String, Object> describe() {
        return endpoint.description();
    }

    @PostMapping(path = "/node-api/v1/inbox", produces = "application/jose")
    @Operation(summary = "Deliver a message (compact JWE of a JWS-signed envelope); answered with a signed receipt (compact JWS): "
            + "202 accepted, 200 duplicate of one accepted before, 400 refused with the reason, 413 too large, 429 too many from this address (try again later)")
    ResponseEntity<String> deliver(jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        var answer = endpoint.admits(request.getRemoteAddr()) ? endpoint.deliver(request.getInputStream()) : endpoint.tooMany();
        return ResponseEntity.status(answer.status()).contentType(JOSE).body(answer.receipt());
    }
}
