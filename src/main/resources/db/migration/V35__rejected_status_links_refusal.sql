-- The "Rejected" status's next step is now covered on /waiting (V34, topic "refusal": the written notification and how
-- to object, Law No. 6458 art. 25): the tracker links the status to that topic, as V32 does for the other statuses.

update guide_item set refs = 'waiting/refusal' where id = 911;
