package org.haven.demo;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.access.UserId;
import org.haven.audit.Actor;
import org.haven.casework.CaseDetails;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseStatus;
import org.haven.casework.NewCase;
import org.haven.casework.MissingEpisodes;
import org.haven.casework.ProtectionStatus;
import org.haven.casework.TeamRole;
import org.haven.directory.Directory;
import org.haven.directory.Organisation;
import org.haven.directory.OrganisationKind;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the synthetic demo data set through the modules' own services, so demo data obeys every
 * rule real data does. Seeded randomness: every installation gets the same data.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final int CHILDREN = 300;

    /** username → display name, organisation key, roles. */
    record DemoUser(String username, String displayName, String organisation, Role... roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("caseworker", "Ingrid Berg (demo)", "oslo-cps", Role.CASEWORKER),
            new DemoUser("caseworker2", "Ola Nordmann (demo)", "oslo-cps", Role.CASEWORKER),
            new DemoUser("supervisor", "Marit Solberg (demo)", "oslo-cps", Role.SUPERVISOR),
            new DemoUser("bergen.caseworker", "Kari Hansen (demo)", "bergen-cps", Role.CASEWORKER),
            new DemoUser("guardian", "Per Olsen (demo)", "guardians", Role.GUARDIAN),
            new DemoUser("lawyer", "Leila Rahimi (demo)", "ngo", Role.LEGAL_REPRESENTATIVE),
            new DemoUser("police", "Sgt. Nina Lund (demo)", "oslo-police", Role.POLICE),
            new DemoUser("prosecutor", "Erik Dahl (demo)", "prosecution", Role.PROSECUTOR),
            new DemoUser("ngo", "Amira Haddad (demo)", "ngo", Role.NGO_WORKER),
            new DemoUser("focalpoint", "Jonas Moen (demo)", "no-focal-point", Role.FOCAL_POINT),
            new DemoUser("coordinator", "Sara Lie (demo)", "nrm-office", Role.COORDINATOR),
            new DemoUser("analyst", "Tor Bakke (demo)", "rapporteur", Role.ANALYST),
            new DemoUser("auditor", "Hilde Strand (demo)", "nrm-office", Role.AUDITOR),
            new DemoUser("admin", "Haven Administrator (demo)", "nrm-office", Role.ADMINISTRATOR),
            new DemoUser("se.caseworker", "Anna Lindqvist (demo)", "stockholm-social", Role.CASEWORKER),
            new DemoUser("lt.focalpoint", "Rūta Kairytė (demo)", "lt-focal-point", Role.FOCAL_POINT),
            new DemoUser("pl.focalpoint", "Piotr Zieliński (demo)", "pl-focal-point", Role.FOCAL_POINT));

    private record DemoOrganisation(String key, String name, OrganisationKind kind, String country, String region) {
    }

    private static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("oslo-cps", "Oslo Child Welfare Emergency Service (demo)", OrganisationKind.CHILD_PROTECTION, "NO", "Oslo"),
            new DemoOrganisation("bergen-cps", "Bergen Child Welfare Service (demo)", OrganisationKind.CHILD_PROTECTION, "NO", "Vestland"),
            new DemoOrganisation("oslo-police", "Oslo Police District (demo)", OrganisationKind.POLICE, "NO", "Oslo"),
            new DemoOrganisation("prosecution", "Oslo Public Prosecutor (demo)", OrganisationKind.PROSECUTION, "NO", "Oslo"),
            new DemoOrganisation("guardians", "Representatives for Unaccompanied Minors (demo)", OrganisationKind.GUARDIANSHIP_SERVICE, "NO", "Oslo"),
            new DemoOrganisation("ngo", "Safe Steps Outreach (demo NGO)", OrganisationKind.NGO, "NO", "Oslo"),
            new DemoOrganisation("barnahus", "Barnahus Oslo (demo)", OrganisationKind.BARNAHUS, "NO", "Oslo"),
            new DemoOrganisation("nrm-office", "National Referral Mechanism Office (demo)", OrganisationKind.NATIONAL_COORDINATOR, "NO", null),
            new DemoOrganisation("no-focal-point", "Norwegian Focal Point for Children on the Move (demo)", OrganisationKind.FOCAL_POINT, "NO", null),
            new DemoOrganisation("rapporteur", "National Rapporteur's Office (demo)", OrganisationKind.RAPPORTEUR, "NO", null),
            new DemoOrganisation("stockholm-social", "Stockholm Social Services (demo)", OrganisationKind.CHILD_PROTECTION, "SE", "Stockholm"),
            new DemoOrganisation("se-police", "Swedish Police, Region Stockholm (demo)", OrganisationKind.POLICE, "SE", "Stockholm"),
            new DemoOrganisation("lt-focal-point", "Lithuanian Child Rights Protection Focal Point (demo)", OrganisationKind.FOCAL_POINT, "LT", null),
            new DemoOrganisation("vilnius-cps", "Vilnius Child Rights Protection Unit (demo)", OrganisationKind.CHILD_PROTECTION, "LT", "Vilnius"),
            new DemoOrganisation("pl-focal-point", "Polish Focal Point for Child Trafficking (demo)", OrganisationKind.FOCAL_POINT, "PL", null),
            new DemoOrganisation("warsaw-cps", "Warsaw Family Support Centre (demo)", OrganisationKind.CHILD_PROTECTION, "PL", "Mazowieckie"));

    private final Directory directory;
    private final Accounts accounts;
    private final CaseFiles caseFiles;
    private final MissingEpisodes missingEpisodes;
    private final UserDetailsService users;
    private final Clock clock;

    DemoData(Directory directory, Accounts accounts, CaseFiles caseFiles, MissingEpisodes missingEpisodes,
             UserDetailsService users, Clock clock) {
        this.missingEpisodes = missingEpisodes;
        this.directory = directory;
        this.accounts = accounts;
        this.caseFiles = caseFiles;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public void create(String password) {
        long started = System.nanoTime();
        Actor seed = Actor.system("demo-data");
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        ORGANISATIONS.forEach(o -> organisations.put(o.key(),
                directory.register(seed, o.name(), o.kind(), o.country(), o.region())));
        USERS.forEach(u -> accounts.create(seed, u.username(), u.displayName(),
                organisations.get(u.organisation()).id(), EnumSet.copyOf(List.of(u.roles())), password));
        createCases(organisations);
        log.info("Demo data created: {} organisations, {} users, {} children with cases, in {} ms",
                organisations.size(), USERS.size(), CHILDREN, (System.nanoTime() - started) / 1_000_000);
    }

    private void createCases(Map<String, Organisation> organisations) {
        var random = new Random(2026);
        var leads = List.of(signIn("caseworker"), signIn("caseworker2"), signIn("bergen.caseworker"),
                signIn("caseworker"));
        UserId guardian = accounts.findByUsername("guardian").orElseThrow().id();
        UserId police = accounts.findByUsername("police").orElseThrow().id();
        UserId ngo = accounts.findByUsername("ngo").orElseThrow().id();
        UserId colleague = accounts.findByUsername("caseworker2").orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < CHILDREN; i++) {
            SignedInUser lead = leads.get(i % leads.size());
            var pool = DemoNames.POOLS.get(random.nextInt(DemoNames.POOLS.size()));
            boolean girl = random.nextBoolean();
            String given = pick(random, girl ? pool.girls() : pool.boys());
            String family = pick(random, pool.families());
            var details = new ChildDetails(given, family, aliases(random, given, family), girl ? Sex.FEMALE : Sex.MALE,
                    dateOfBirth(random, today), List.of(pick(random, pool.nationalities())),
                    List.of(pick(random, pool.languages())));
            var agency = lead.organisationId().value();
            CaseId id = caseFiles.open(lead, new NewCase(details, agency, pick(random, DemoNames.SUMMARIES)));
            if (random.nextInt(100) < 55) {
                caseFiles.addToTeam(lead, id, guardian, TeamRole.GUARDIAN);
            }
            if (random.nextInt(100) < 35) {
                caseFiles.addToTeam(lead, id, police, TeamRole.POLICE);
            }
            if (random.nextInt(100) < 25) {
                caseFiles.addToTeam(lead, id, ngo, TeamRole.NGO_WORKER);
            }
            if (!lead.id().equals(colleague) && random.nextInt(100) < 20) {
                caseFiles.addToTeam(lead, id, colleague, TeamRole.CASE_SUPPORT_PERSON);
            }
            if (random.nextInt(100) < 40) {
                // A presumed victim: the referral procedure's steps open on the lead agency's queue.
                caseFiles.recordProtectionStatus(Actor.system("demo-data"), id, ProtectionStatus.PRESUMED_VICTIM);
                if (i % 25 == 0) {
                    missingEpisodes.reportMissing(lead, id, new MissingEpisodes.Report(clock.instant().minusSeconds(3600 * 5),
                            "Demo: last seen at the central station", MissingEpisodes.Risk.HIGH,
                            "Demo: left the shelter at night with an older boy", true, null));
                    continue; // a missing child's case stays open
                }
            }
            int roll = random.nextInt(100);
            CaseStatus status = roll < 60 ? CaseStatus.ACTIVE : roll < 80 ? CaseStatus.FOLLOW_UP
                    : roll < 93 ? CaseStatus.CLOSED : CaseStatus.CLOSED_REFERRED;
            if (status != CaseStatus.ACTIVE) {
                var file = caseFiles.current(lead, id);
                caseFiles.describe(lead, id, new CaseDetails(agency, status, file.kase().summary(),
                                status.isOpen() ? null : "Demo: safe and settled",
                                status.isOpen() ? null : "Demo: the remaining steps were completed outside Haven"),
                        file.kase().version());
            }
        }
    }

    private SignedInUser signIn(String username) {
        return (SignedInUser) users.loadUserByUsername(username);
    }

    private static List<String> aliases(Random random, String given, String family) {
        int roll = random.nextInt(100);
        if (roll < 15) {
            return List.of(given.charAt(0) + ". " + family);
        }
        if (roll < 25) {
            return List.of(given + " " + family.toUpperCase(), given.toLowerCase());
        }
        return List.of();
    }

    private static DateOfBirth dateOfBirth(Random random, LocalDate today) {
        int age = 8 + random.nextInt(10);
        LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
        int roll = random.nextInt(100);
        if (roll < 45) {
            return DateOfBirth.exact(born);
        }
        if (roll < 60) {
            return DateOfBirth.month(YearMonth.from(born));
        }
        if (roll < 75) {
            return DateOfBirth.year(Year.from(born));
        }
        if (roll < 95) {
            return DateOfBirth.estimatedAge(Math.max(0, age - 1), age + 1, today);
        }
        return DateOfBirth.unknown();
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
