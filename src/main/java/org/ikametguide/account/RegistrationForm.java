package org.ikametguide.account;

/** What the registration form sends. The username is trimmed as it is bound; passwords are taken as typed. */
@NewPassword(password = "password", confirmation = "passwordConfirmation")
public class RegistrationForm {

	@NewUsername
	private String username = "";

	private String password;

	private String passwordConfirmation;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.strip() : "";
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

}
