package org.ikametguide.tracker;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: how many applications and entries it added, and the application numbers it skipped because
 * they are tracked already (shown to their owner only, never logged). Serializable: it travels as a flash attribute,
 * and sessions stored in the database (the postgres profile) hold only serializable values.
 */
public record ImportResult(int applicationsAdded, int entriesAdded, List<String> duplicates) implements Serializable {

	@Override
	public String toString() {
		return "ImportResult[" + applicationsAdded + " added, " + entriesAdded + " entries, " + duplicates.size()
				+ " duplicates]";
	}

}
