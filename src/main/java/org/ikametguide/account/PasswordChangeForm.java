package org.ikametguide.account;

import jakarta.validation.constraints.NotEmpty;

/**
 * What the "change your password" form sends, for the signed-in {@code username} (which the form does not send: the
 * controller sets it, and the new password must differ from it).
 */
@NewPassword(password = "newPassword", confirmation = "newPasswordConfirmation")
public class PasswordChangeForm {

	private final String username;

	@NotEmpty(message = "{account.password.current.required}")
	private String currentPassword;

	private String newPassword;

	private String newPasswordConfirmation;

	PasswordChangeForm(String username) {
		this.username = username;
	}

	public String getUsername() {
		return username;
	}

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getNewPasswordConfirmation() {
		return newPasswordConfirmation;
	}

	public void setNewPasswordConfirmation(String newPasswordConfirmation) {
		this.newPasswordConfirmation = newPasswordConfirmation;
	}

}
