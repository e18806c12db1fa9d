package org.ikametguide.tracker;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such application or entry for this owner. Someone else's data answers exactly like data that does not exist,
 * so ids reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {

	public ApplicationNotFoundException() {
		super("Not found for this owner", null, false, false);
	}

}
