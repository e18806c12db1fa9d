package org.ikametguide.tracker;

import java.util.List;

/**
 * One row of the tracker overview: the application, its current entry (null when none yet), how many entries it
 * has, the waiting time, the open deadlines (earliest first) and how many days ago anything was last changed.
 */
public record ApplicationSummary(TrackedApplication application, StatusEntry current, long entryCount,
		WaitingTime waiting, List<Deadline> deadlines, long daysSinceUpdate) {

	public Deadline getNextDeadline() {
		return deadlines.isEmpty() ? null : deadlines.get(0);
	}

	/** The overview reads one entry per application, so its bar marks the current status only. */
	public WaitingBar getBar() {
		return WaitingBar.of(waiting, application.getSubmittedOn(), (current != null) ? List.of(current) : List.of());
	}

	public boolean isHighlighted() {
		return deadlines.stream().anyMatch(Deadline::isHighlighted);
	}

}
