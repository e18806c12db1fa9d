package org.ikametguide.tracker;

import java.util.List;

/** An application with all its entries, oldest first: what an export writes of it. */
record ApplicationEntries(TrackedApplication application, List<StatusEntry> entries) {

}
