package org.ikametguide.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in person as Spring Security knows them, carrying the account id so that every tracker query can be
 * scoped to its owner without another lookup. Controllers take it as {@code @AuthenticationPrincipal AccountPrincipal}.
 */
public class AccountPrincipal extends User {

	private final long accountId;

	public AccountPrincipal(long accountId, String username, String passwordHash) {
		super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_USER")));
		this.accountId = accountId;
	}

	public long getAccountId() {
		return accountId;
	}

}
