package org.ikametguide.tracker;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * The file cannot be imported; nothing was changed. {@code reason} is a message key, {@code problems} (for a file in
 * our format whose content is not valid) say where and what, as messages resolved in the reader's language.
 */
public class ImportException extends RuntimeException {

	private final String reason;

	private final transient List<MessageSourceResolvable> problems;

	public ImportException(String reason) {
		this(reason, List.of());
	}

	public ImportException(String reason, List<MessageSourceResolvable> problems) {
		super(reason, null, false, false);
		this.reason = reason;
		this.problems = List.copyOf(problems);
	}

	public String getReason() {
		return reason;
	}

	public List<MessageSourceResolvable> getProblems() {
		return problems;
	}

}
