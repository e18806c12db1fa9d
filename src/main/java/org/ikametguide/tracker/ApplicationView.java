package org.ikametguide.tracker;

import java.util.List;

import org.springframework.data.domain.Page;

/** What the application page shows: the application, its current entry, one page of its timeline (newest first). */
public record ApplicationView(TrackedApplication application, StatusEntry current, Page<StatusEntry> timeline,
		WaitingTime waiting, List<Deadline> deadlines) {
}
