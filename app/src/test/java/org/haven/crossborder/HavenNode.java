package org.haven.crossborder;

import org.haven.HavenApplication;
import org.haven.access.SignedInUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * One whole Haven installation for the node-to-node tests: its own application context, embedded
 * PostgreSQL in its own data directory, demo data, a real HTTP port. The outbox is not run on a
 * schedule, so a test says when messages go.
 */
final class HavenNode implements AutoCloseable {

    final String id;
    final Path dataDir;
    final int port;
    private ConfigurableApplicationContext context;

    private HavenNode(String id, Path dataDir, int port) {
        this.id = id;
        this.dataDir = dataDir;
        this.port = port;
    }

    private String sendInterval = "PT24H";

    static HavenNode start(String id, Path dataDir) {
        var node = new HavenNode(id, dataDir, freePort());
        node.start();
        return node;
    }

    /** A node whose outbox runs on its own, every {@code interval}, as in production. */
    static HavenNode startSending(String id, Path dataDir, String interval) {
        var node = new HavenNode(id, dataDir, freePort());
        node.sendInterval = interval;
        node.start();
        return node;
    }

    void start() {
        context = new SpringApplicationBuilder(HavenApplication.class).run(
                "--haven.data-dir=" + dataDir, "--server.port=" + port, "--haven.demo.mode=auto",
                "--haven.country=" + id, "--haven.node.id=" + id, "--haven.node.name=Haven " + id + " (test)",
                "--haven.base-url=" + url(), "--haven.crossborder.send-interval=" + sendInterval,
                "--haven.crossborder.max-backoff=PT2S",
                // the journey signs focal points in by password; SignInHardeningTest covers the second factor
                "--haven.security.second-factor-roles=ADMINISTRATOR",
                "--haven.crossborder.overdue-check=PT24H", "--haven.tasks.escalation-interval=PT24H",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    void stop() {
        context.close();
        context = null;
    }

    boolean running() {
        return context != null;
    }

    String url() {
        return "http://localhost:" + port;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    SignedInUser user(String username) {
        return (SignedInUser) bean(UserDetailsService.class).loadUserByUsername(username);
    }

    /** Sends what is due in the outbox, now. */
    void sendMessages() {
        jdbc().sql("UPDATE crossborder_outbox SET next_attempt_at = now() WHERE status = 'PENDING'").update();
        bean(Outbox.class).sendDue();
    }

    /** Posts raw bytes to this node's inbox, as any caller on the network could. */
    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + Outbox.INBOX))
                        .header("Content-Type", Outbox.MEDIA_TYPE).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (context != null) {
            stop();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
