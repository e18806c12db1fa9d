package org.ikametguide.account;

/** What the "delete my account" form sends: the password, typed again to confirm. */
public class AccountDeletionForm {

	private String deletionPassword;

	public String getDeletionPassword() {
		return deletionPassword;
	}

	public void setDeletionPassword(String deletionPassword) {
		this.deletionPassword = deletionPassword;
	}

}
