package org.haven.person;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The identity record of a child known to Haven. */
@Table("person_child")
public class Child {

    private final @Id UUID id;
    @MappedCollection(idColumn = "person_child", keyColumn = "position")
    private List<PersonName> names;
    private Sex sex;
    @Embedded.Nullable(prefix = "dob_")
    private DateOfBirth dateOfBirth;
    @MappedCollection(idColumn = "person_child")
    private Set<Nationality> nationalities;
    @MappedCollection(idColumn = "person_child")
    private Set<SpokenLanguage> languages;
    private final Instant registeredAt;
    private @Version Long version;

    @PersistenceCreator
    Child(UUID id, List<PersonName> names, Sex sex, DateOfBirth dateOfBirth, Set<Nationality> nationalities,
          Set<SpokenLanguage> languages, Instant registeredAt, Long version) {
        this.id = id;
        this.names = names;
        this.sex = sex;
        this.dateOfBirth = dateOfBirth;
        this.nationalities = nationalities;
        this.languages = languages;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    static Child register(ChildDetails details, Instant now, LocalDate today) {
        var child = new Child(UUID.randomUUID(), List.of(), Sex.UNKNOWN, DateOfBirth.unknown(), Set.of(), Set.of(),
                now, null);
        child.record(details, today);
        return child;
    }

    /** Replaces what is recorded about the child with a corrected version. */
    void correct(ChildDetails details, LocalDate today) {
        record(details, today);
    }

    private void record(ChildDetails details, LocalDate today) {
        details.dateOfBirth().checkNotInFuture(today);
        var newNames = new ArrayList<PersonName>();
        newNames.add(PersonName.of(PersonName.Kind.PRIMARY, details.givenNames(), details.familyName()));
        details.aliases().forEach(alias -> newNames.add(PersonName.of(PersonName.Kind.ALIAS, alias, null)));
        this.names = newNames;
        this.sex = details.sex();
        this.dateOfBirth = details.dateOfBirth();
        this.nationalities = new LinkedHashSet<>(details.nationalities().stream().map(Nationality::new).toList());
        this.languages = new LinkedHashSet<>(details.languages().stream().map(SpokenLanguage::new).toList());
    }

    public ChildId id() {
        return new ChildId(id);
    }

    public PersonName primaryName() {
        return names.get(0);
    }

    public List<PersonName> aliases() {
        return names.subList(1, names.size());
    }

    public Sex sex() {
        return sex;
    }

    public DateOfBirth dateOfBirth() {
        return dateOfBirth == null ? DateOfBirth.unknown() : dateOfBirth;
    }

    public List<String> nationalities() {
        return nationalities.stream().map(Nationality::country).sorted().toList();
    }

    public List<String> languages() {
        return languages.stream().map(SpokenLanguage::language).sorted().toList();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /** The details as they are now, in the shape they are edited in. */
    public ChildDetails details() {
        return new ChildDetails(primaryName().givenNames(), primaryName().familyName(),
                aliases().stream().map(PersonName::fullName).toList(), sex, dateOfBirth(), nationalities(),
                languages());
    }
}
