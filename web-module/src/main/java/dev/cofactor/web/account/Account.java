package dev.cofactor.web.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;
    public String displayName;
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean enabled;
    /** An IANA time zone ("Europe/Paris"), in which this account reads times. */
    public String timeZone;
    public Instant createdAt;
}
