-- Version 37 (issue 15): a citizen may send files with a complaint filed on the public program page
-- (attachments with owner_type COMPLAINT, owner_id = the complaint, read by the state's secretariat
-- only). Nobody's account sent them, so an attachment's account may now be empty; every other
-- attachment still names who added it (the services always give it).
ALTER TABLE attachment MODIFY account_id BIGINT NULL;
