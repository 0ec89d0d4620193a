package org.haven.access;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseShares;
import org.haven.casework.EmergencyAccess;
import org.haven.casework.NewCase;
import org.haven.casework.TeamRole;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every role against every page and API endpoint, for a case the user works on, a case they do not,
 * and a case they opened under emergency access. What each role may reach is written down in
 * {@code src/test/resources/access/access-matrix.md}; the test fails on any difference, on any
 * endpoint missing from the table, and on any server error. Ids of other records are forged (random):
 * nobody may reach anything through an id that does not exist.
 * <p>
 * "Reached" means the answer was 2xx or a redirect (other than to sign-in): the handler ran and
 * answered. 4xx means refused, not found or invalid, none of which discloses the record. Run with
 * {@code -Daccess.matrix.write=true} to write what was observed to {@code target/access-matrix-observed.md}
 * for review before changing the table.
 */
@HavenIntegrationTest
class AccessMatrixTest {

    private static final Path TABLE = Path.of("src/test/resources/access/access-matrix.md");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern CASE_PATH = Pattern.compile("^(/api/v1)?/cases/\\{(id|caseId)}.*");
    private static final Map<Role, String> USER_OF = new EnumMap<>(Map.ofEntries(
            Map.entry(Role.CASEWORKER, "caseworker"), Map.entry(Role.SUPERVISOR, "supervisor"),
            Map.entry(Role.GUARDIAN, "guardian"), Map.entry(Role.LEGAL_REPRESENTATIVE, "lawyer"),
            Map.entry(Role.POLICE, "police"), Map.entry(Role.PROSECUTOR, "prosecutor"),
            Map.entry(Role.NGO_WORKER, "ngo"), Map.entry(Role.FOCAL_POINT, "focalpoint"),
            Map.entry(Role.COORDINATOR, "coordinator"), Map.entry(Role.ANALYST, "analyst"),
            Map.entry(Role.AUDITOR, "auditor"), Map.entry(Role.ADMINISTRATOR, "admin")));
    /** The roles that can take a part in a case team. */
    static final Set<Role> TEAM = EnumSet.complementOf(EnumSet.of(Role.ANALYST, Role.AUDITOR, Role.ADMINISTRATOR));

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;
    @Autowired EmergencyAccess emergencyAccess;
    @Autowired CaseShares caseShares;
    @Autowired java.time.Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    enum Situation { MEMBER, NOT_MEMBER, EMERGENCY, SHARED }

    record Endpoint(String method, String path) implements Comparable<Endpoint> {
        boolean caseScoped() {
            return CASE_PATH.matcher(path).matches();
        }

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }
    }

    @Test
    void every_role_reaches_exactly_what_the_access_table_allows_and_nothing_through_a_forged_id() throws Exception {
        var cases = fixture();
        var endpoints = endpoints();
        var observed = new TreeMap<Endpoint, Map<Situation, Set<Role>>>();
        var serverErrors = new ArrayList<String>();
        for (var endpoint : endpoints) {
            var situations = endpoint.caseScoped() ? List.of(Situation.values()) : List.of(Situation.MEMBER);
            var row = new EnumMap<Situation, Set<Role>>(Situation.class);
            for (var situation : situations) {
                var reached = EnumSet.noneOf(Role.class);
                for (var role : Role.values()) {
                    int status = call(endpoint, cases.get(situation), USER_OF.get(role));
                    if (status >= 500 && !endpoint.path().equals("/error")) { // /error called directly reports 500
                        serverErrors.add(endpoint + " as " + role + " (" + situation + "): " + status);
                    } else if (status < 400) {
                        reached.add(role);
                    }
                }
                row.put(situation, reached);
            }
            observed.put(endpoint, row);
        }
        if (Boolean.getBoolean("access.matrix.write")) {
            Files.writeString(Path.of("target/access-matrix-observed.md"), render(observed), StandardCharsets.UTF_8);
        }

        var expected = readTable();
        var problems = new ArrayList<String>();
        for (var entry : observed.entrySet()) {
            var want = expected.get(entry.getKey());
            if (want == null) {
                problems.add("missing from the table: " + entry.getKey().method() + " " + entry.getKey().path());
                continue;
            }
            for (var situation : entry.getValue().keySet()) {
                var got = entry.getValue().get(situation);
                var allowed = want.get(situation);
                var unexpected = EnumSet.copyOf(got.isEmpty() ? EnumSet.noneOf(Role.class) : got);
                unexpected.removeAll(allowed);
                var missing = allowed.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(allowed);
                missing.removeAll(got);
                if (!unexpected.isEmpty()) {
                    problems.add("UNEXPECTED ALLOW " + entry.getKey().method() + " " + entry.getKey().path() + " (" + situation + "): " + unexpected);
                }
                if (!missing.isEmpty()) {
                    problems.add("refused but allowed by the table " + entry.getKey().method() + " " + entry.getKey().path() + " (" + situation + "): " + missing);
                }
            }
        }
        expected.keySet().stream().filter(e -> !observed.containsKey(e))
                .forEach(e -> problems.add("in the table but not an endpoint any more: " + e.method() + " " + e.path()));
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(problems).as("differences from " + TABLE).isEmpty();
        assertThat(observed).hasSizeGreaterThan(150);
    }

    @Test
    void every_operation_of_the_published_api_description_is_in_the_matrix() throws Exception {
        var description = new tools.jackson.databind.ObjectMapper().readTree(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                        .andReturn().getResponse().getContentAsString());
        var table = readTable().keySet();
        var operations = new ArrayList<Endpoint>();
        var httpMethods = Set.of("get", "post", "put", "patch", "delete");
        description.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(httpMethods::contains)
                .forEach(method -> operations.add(new Endpoint(method.toUpperCase(java.util.Locale.ROOT), path.getKey()))));
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(operations).as("API operations missing from " + TABLE).allMatch(table::contains);
    }

    private int call(Endpoint endpoint, CaseId kase, String username) throws Exception {
        var matcher = VARIABLE.matcher(endpoint.path());
        var path = new StringBuilder();
        boolean first = true;
        while (matcher.find()) {
            boolean caseVariable = first && endpoint.caseScoped();
            matcher.appendReplacement(path, caseVariable ? kase.toString() : forged(matcher.group(1)));
            first = false;
        }
        matcher.appendTail(path);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), path.toString())
                .with(demoUsers.as(username));
        if (!endpoint.method().equals("GET")) {
            request = request.with(csrf());
            if (endpoint.path().startsWith("/api/")) {
                request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        var response = mvc.perform(request).andReturn().getResponse();
        String location = response.getRedirectedUrl();
        if (response.getStatus() / 100 == 3 && location != null && location.contains("/sign-in")) {
            return 401;
        }
        return response.getStatus();
    }

    private static String forged(String variable) {
        return switch (variable) {
            case "code" -> "FORGED";
            default -> UUID.randomUUID().toString();
        };
    }

    /** A case with a member of every team role, one with only its lead, one opened under emergency access. */
    private Map<Situation, CaseId> fixture() {
        var lead = demoUsers.user("caseworker2");
        var member = open(lead, "Member");
        for (var entry : Map.of("caseworker", TeamRole.CASEWORKER, "supervisor", TeamRole.CASEWORKER,
                "guardian", TeamRole.GUARDIAN, "lawyer", TeamRole.LEGAL_REPRESENTATIVE, "police", TeamRole.POLICE,
                "prosecutor", TeamRole.PROSECUTOR, "ngo", TeamRole.NGO_WORKER, "coordinator", TeamRole.COORDINATOR,
                "focalpoint", TeamRole.FOCAL_POINT).entrySet()) {
            caseFiles.addToTeam(lead, member, demoUsers.user(entry.getKey()).id(), entry.getValue());
        }
        var emergency = open(lead, "Emergency");
        for (var role : Role.values()) {
            var user = demoUsers.user(USER_OF.get(role));
            if (emergencyAccess.mayOpen(user)) {
                emergencyAccess.open(user, emergency, "Access matrix: emergency access as " + role);
            }
        }
        // Shared with every demo user's agency (all but the lead's own), every part that can be shared.
        var otherLead = demoUsers.user("bergen.caseworker");
        var shared = open(otherLead, "Shared");
        USER_OF.values().stream().map(name -> demoUsers.user(name).organisationId()).distinct()
                .filter(agency -> !agency.equals(otherLead.organisationId()))
                .forEach(agency -> caseShares.share(otherLead, shared, new CaseShares.Request(agency.value(),
                        Section.shareable(), LocalDate.now(clock).plusDays(30), "Access matrix: shared with every agency")));
        return Map.of(Situation.MEMBER, member, Situation.NOT_MEMBER, open(lead, "Other"), Situation.EMERGENCY, emergency,
                Situation.SHARED, shared);
    }

    private CaseId open(org.haven.access.SignedInUser lead, String name) {
        return caseFiles.open(lead, new NewCase(new ChildDetails(name, "Matrix", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(13, 15, LocalDate.now()), List.of("NO"), List.of("no")),
                lead.organisationId().value(), "Access matrix fixture"));
    }

    private List<Endpoint> endpoints() {
        var all = new java.util.TreeSet<Endpoint>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    all.add(new Endpoint("GET", pattern));
                }
                methods.forEach(m -> all.add(new Endpoint(m.name(), pattern)));
            }
        });
        return List.copyOf(all);
    }

    private static Map<Endpoint, Map<Situation, Set<Role>>> readTable() throws IOException {
        var table = new TreeMap<Endpoint, Map<Situation, Set<Role>>>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| GET") && !line.startsWith("| POST") && !line.startsWith("| PUT")
                    && !line.startsWith("| DELETE") && !line.startsWith("| PATCH")) {
                continue;
            }
            String[] cells = line.split("\\|");
            var endpoint = new Endpoint(cells[1].strip(), cells[2].strip().replace("`", ""));
            var row = new EnumMap<Situation, Set<Role>>(Situation.class);
            row.put(Situation.MEMBER, roles(cells[3]));
            if (endpoint.caseScoped()) {
                row.put(Situation.NOT_MEMBER, roles(cells[4]));
                row.put(Situation.EMERGENCY, roles(cells[5]));
                row.put(Situation.SHARED, roles(cells[6]));
            }
            table.put(endpoint, row);
        }
        return table;
    }

    private static Set<Role> roles(String cell) {
        String text = cell.strip();
        return switch (text) {
            case "everyone" -> EnumSet.allOf(Role.class);
            case "team" -> EnumSet.copyOf(TEAM);
            case "nobody", "" -> EnumSet.noneOf(Role.class);
            default -> {
                var roles = EnumSet.noneOf(Role.class);
                for (String name : text.split("[ ,]+")) {
                    roles.add(Role.valueOf(name));
                }
                yield roles;
            }
        };
    }

    private static String render(Map<Endpoint, Map<Situation, Set<Role>>> observed) {
        var out = new StringBuilder("| Method | Path | Member of the case team (or: who, for endpoints outside cases) | Not a member | Emergency access | Shared with their agency |\n|---|---|---|---|---|---|\n");
        observed.forEach((endpoint, row) -> out.append("| ").append(endpoint.method()).append(" | `").append(endpoint.path())
                .append("` | ").append(cell(row.get(Situation.MEMBER))).append(" | ")
                .append(endpoint.caseScoped() ? cell(row.get(Situation.NOT_MEMBER)) : "–").append(" | ")
                .append(endpoint.caseScoped() ? cell(row.get(Situation.EMERGENCY)) : "–").append(" | ")
                .append(endpoint.caseScoped() ? cell(row.get(Situation.SHARED)) : "–").append(" |\n"));
        return out.toString();
    }

    private static String cell(Set<Role> roles) {
        if (roles.equals(EnumSet.allOf(Role.class))) {
            return "everyone";
        }
        if (roles.equals(TEAM)) {
            return "team";
        }
        return roles.isEmpty() ? "nobody" : roles.stream().map(Role::name).collect(Collectors.joining(" "));
    }
}
