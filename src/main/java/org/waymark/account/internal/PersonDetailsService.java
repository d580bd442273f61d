package org.waymark.account.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs people in by email, but names the principal by the person's id: sessions are indexed by it, so
 * deactivating a person can end their sessions on every node, and a change of email keeps them signed in.
 */
@Component
class PersonDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Person person = people.findByEmail(Person.normaliseEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
        return User.withUsername(person.getId().toString())
                .password(person.getPasswordHash())
                .disabled(!person.isActive())
                .authorities(person.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
