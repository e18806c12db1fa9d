-- Older versions gave "additional documents required" recorded without a date a due date of their own: the day the
-- status was seen plus 30 days, flagged due_date_suggested. No notice ever gave that date (the deadline is counted
-- from the date e-İkamet shows, and may be shorter), so it is removed: such an application now shows that the date
-- from the notice is needed. Dates a person entered or changed (the flag is false) stay.
-- The column stays, unused, so that an instance of the previous version can still write while instances are replaced.
update status_entry set due_date = null, due_date_suggested = false where due_date_suggested = true;
