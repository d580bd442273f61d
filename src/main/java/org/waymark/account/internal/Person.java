package org.waymark.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;

/** A person with an account. Emails are kept lower-cased. */
public class Person {

    @Id
    private UUID id;
    private String email;
    private String name;
    private String passwordHash;
    private Instant emailVerifiedAt;
    private boolean active = true;
    private String jobTitle;
    private String institution;
    private String sector;
    private Integer yearsExperience;
    private Instant createdAt;
    @MappedCollection(idColumn = "person")
    private Set<PersonRole> roles = new HashSet<>();
    @Version
    private Long version;

    protected Person() {
    }

    public static Person create(String name, String email, String passwordHash, Instant now) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.name = name.strip();
        person.email = normaliseEmail(email);
        person.passwordHash = passwordHash;
        person.createdAt = now;
        person.roles.add(new PersonRole(Role.CANDIDATE.name()));
        return person;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public PersonSummary summary() {
        return new PersonSummary(id, name, email, emailVerifiedAt != null, active, roles(), institution, jobTitle,
                yearsExperience);
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(Role.valueOf(r.role())));
        return result;
    }

    public void grant(Role role) {
        roles.add(new PersonRole(role.name()));
    }

    public void revoke(Role role) {
        roles = roles.stream().filter(r -> !r.role().equals(role.name())).collect(Collectors.toCollection(HashSet::new));
    }

    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public void changeEmail(String newEmail, Instant now) {
        this.email = normaliseEmail(newEmail);
        this.emailVerifiedAt = now;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void updateProfile(String name, String jobTitle, String institution, String sector, Integer yearsExperience) {
        this.name = name.strip();
        this.jobTitle = blankToNull(jobTitle);
        this.institution = blankToNull(institution);
        this.sector = blankToNull(sector);
        this.yearsExperience = yearsExperience;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getId() { return id; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public String getPasswordHash() { return passwordHash; }
    public Instant getEmailVerifiedAt() { return emailVerifiedAt; }
    public boolean isActive() { return active; }
    public String getJobTitle() { return jobTitle; }
    public String getInstitution() { return institution; }
    public String getSector() { return sector; }
    public Integer getYearsExperience() { return yearsExperience; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getVersion() { return version; }
}
