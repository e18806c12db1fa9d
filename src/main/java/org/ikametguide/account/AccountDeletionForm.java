package org.ikametguide.account;

import jakarta.validation.constraints.NotEmpty;

/** What the "delete my account" form sends: the password, typed again to confirm. */
public class AccountDeletionForm {

	@NotEmpty(message = "{account.delete.password.required}")
	private String deletionPassword;

	public String getDeletionPassword() {
		return deletionPassword;
	}

	public void setDeletionPassword(String deletionPassword) {
		this.deletionPassword = deletionPassword;
	}

}
