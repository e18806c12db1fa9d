package org.ikametguide.tracker;

import java.util.List;

/** What the printed record shows: the application, its current entry, its whole timeline (oldest first). */
public record ApplicationRecord(TrackedApplication application, StatusEntry current, List<StatusEntry> timeline,
		WaitingTime waiting, List<Deadline> deadlines, WaitingBar bar) {
}
