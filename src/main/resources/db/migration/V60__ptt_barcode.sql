-- The PTT shipment barcode of the card, if the owner keeps it here (issue 14 §4). Private like a note: never logged,
-- never in a calendar. A plain bounded code (letters and digits), not a checked PTT format: none is published.
alter table tracked_application add column ptt_barcode varchar(30);
