package org.ikametguide.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ikametguide.model.BaseEntity;

/** A person who keeps a private tracker. Only a username and a password hash: no e-mail, no ID numbers. */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

	private String username;

	private String usernameKey;

	private String passwordHash;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, Instant createdAt) {
		this.username = username;
		this.usernameKey = Usernames.key(username);
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
