-- What each tracker status means and what to do next (English, the source). Content, not UI text: translations are
-- later migrations that only add guide_text rows. Parts: title (the label), body (the meaning), next (the next step).
-- refs names the guide passage ("section/item") that explains the status; the tracker links each status to it.
-- The section is not a page of its own (GuideContent.PAGES does not list it) and search skips STATUS items.

insert into guide_section (id, code, position, last_reviewed) values (9, 'statuses', 9, date '2026-12-01');

insert into guide_section_text (section_id, locale, title) values (9, 'en', 'Application statuses');

insert into guide_item (id, section_id, item_key, kind, position, refs, source_url) values
    (901, 9, 'submitted', 'STATUS', 1, 'steps/step-1', null),
    (902, 9, 'appointment-scheduled', 'STATUS', 2, 'steps/step-5', null),
    (903, 9, 'documents-handed-in', 'STATUS', 3, 'mistakes/immediate-update', null),
    (904, 9, 'in-review', 'STATUS', 4, 'faq/status-update-time', null),
    (905, 9, 'additional-documents-required', 'STATUS', 5, 'faq/additional-documents-required', null),
    (906, 9, 'approved-printing', 'STATUS', 6, 'steps/step-5', null),
    (907, 9, 'handed-to-ptt', 'STATUS', 7, 'steps/step-5', null),
    (908, 9, 'card-received', 'STATUS', 8, 'verification/verification-2', null),
    (909, 9, 'concluded', 'STATUS', 9, 'methods/office', null),
    (910, 9, 'not-found', 'STATUS', 10, 'methods/phone', null),
    (911, 9, 'rejected', 'STATUS', 11, 'verification/verification-3', null),
    (912, 9, 'other', 'STATUS', 12, 'verification/verification-1', null);

insert into guide_text (item_id, locale, part, content) values
    (901, 'en', 'title', 'Submitted'),
    (901, 'en', 'body', 'Your application has been sent, online through e-İkamet or at a migration office, and has an application number. Nothing has been decided yet, and the status on the portal may not change for a while.'),
    (901, 'en', 'next', 'Keep the application number and the confirmation safe. If you were given an appointment or asked for documents, record that here with its date. Check the status on the official portal from time to time.'),
    (902, 'en', 'title', 'Appointment scheduled'),
    (902, 'en', 'body', 'You have a date to hand in your file at the provincial migration office. Until you have handed in your documents, your file is usually not complete.'),
    (902, 'en', 'next', 'Enter the appointment date as the due date, so that it appears in your calendar. Take every document your application lists, with copies, to the appointment. If you cannot attend, contact the office before the date.'),
    (903, 'en', 'title', 'Documents handed in'),
    (903, 'en', 'body', 'You have handed in your file at the migration office. It now waits to be examined; the portal may not show a change straight away.'),
    (903, 'en', 'next', 'Keep the receipt or any paper you were given. Expect the status to stay the same for some time, and check it periodically rather than every day.'),
    (904, 'en', 'title', 'In review (İncelemede / In progress)'),
    (904, 'en', 'body', 'The migration authority is examining your application. Most of the waiting time is spent in this status; it does not mean that anything is wrong.'),
    (904, 'en', 'next', 'Check the official portal periodically and answer any request quickly. If the statutory period has passed without a decision, ask the provincial migration office or call YİMER 157.'),
    (905, 'en', 'title', 'Additional documents required (eksik belge)'),
    (905, 'en', 'body', 'The authority needs more documents or information before it can decide. The portal or a notice says what is missing and by when.'),
    (905, 'en', 'next', 'Read the request carefully and hand in exactly what it asks for, by the method it names, before its deadline. Thirty days is the usual period, but the date in your notice is the one that counts: enter it here as the due date.'),
    (906, 'en', 'title', 'Approved — card being printed (baskı aşamasında)'),
    (906, 'en', 'body', 'Your residence permit has been approved and the card is being printed.'),
    (906, 'en', 'next', 'Usually nothing is needed from you now. Make sure you can receive post at the address on your application: the card is sent by post (PTT).'),
    (907, 'en', 'title', 'Card handed to PTT (PTT''ye teslim edildi)'),
    (907, 'en', 'body', 'The printed card has been handed to PTT, the Turkish postal service, for delivery to the address on your application.'),
    (907, 'en', 'next', 'Be reachable at that address. If a delivery is missed, ask your local PTT branch; PTT''s own tracking may show where the card is.'),
    (908, 'en', 'title', 'Card received'),
    (908, 'en', 'body', 'You have your residence permit card; this application is finished.'),
    (908, 'en', 'next', 'Check that the name, dates and other details on the card are right, and report any mistake to the migration office. Enter the date the permit is valid until on this application, so that the tracker can show when you may apply for an extension.'),
    (909, 'en', 'title', 'Concluded — contact the provincial office'),
    (909, 'en', 'body', 'Your file has been concluded, but the portal does not say how: it asks you to contact the provincial migration office.'),
    (909, 'en', 'next', 'Contact the provincial migration office where you applied, in person or by phone, with your application number. Ask what the decision is and what you need to do next.'),
    (910, 'en', 'title', 'Not found on e-İkamet'),
    (910, 'en', 'body', 'The portal found no application for the details you entered. Often a detail was mistyped or differs from the one on the application, or the file has not yet been entered into the system.'),
    (910, 'en', 'next', 'Check each detail against your application form and try again later. If the application is still not found, call YİMER 157 or ask the migration office where you applied.'),
    (911, 'en', 'title', 'Rejected'),
    (911, 'en', 'body', 'Your application has been refused. The written decision should give the reasons and say how it can be challenged.'),
    (911, 'en', 'next', 'Read the decision and note every date in it: the time to challenge a decision, or to leave the country, is limited. Seek legal advice promptly (bar associations offer legal aid) or ask the migration office about your options.'),
    (912, 'en', 'title', 'Other'),
    (912, 'en', 'body', 'A status that is not in this list. Write down in the note what the portal showed, word for word.'),
    (912, 'en', 'next', 'If you are not sure what it means, ask the provincial migration office or call YİMER 157, and check the official announcements.');
