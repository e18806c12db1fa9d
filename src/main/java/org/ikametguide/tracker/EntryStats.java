package org.ikametguide.tracker;

import java.time.Instant;

/** How many entries an application has and when the latest change to one of them was made. */
public record EntryStats(Long applicationId, long count, Instant lastUpdated) {
}
