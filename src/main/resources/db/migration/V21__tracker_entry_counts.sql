-- The tracker overview shows, per application, how many status entries it has and when one last changed. Counting
-- them at every view read every entry a person ever recorded (100 000 for a long-kept tracker); these two columns are
-- kept instead by each write of an entry, in the same transaction (TrackerService, the import).
alter table tracked_application add column entry_count integer default 0 not null;
alter table tracked_application add column entries_changed_at timestamp;

update tracked_application set
    entry_count = (select count(*) from status_entry e where e.application_id = tracked_application.id),
    entries_changed_at = (select max(e.updated_at) from status_entry e where e.application_id = tracked_application.id);
