-- Why: a reviewer must be able to open the report a figure was read from as it was uploaded (a .docx
-- keeps tables and layout the extracted text loses), so the uploaded file is kept with the document,
-- within the upload cap (10 MB). And a unit named in the text ("xã Hồng Sơn") is resolved to a unit
-- code when the name is unambiguous within the uploader's subtree; when several units bear the name,
-- the candidates are kept so the reviewer picks one instead of typing a code.
alter table rep_source_document
    add column original_file bytea,
    add column original_type varchar(120),
    add column original_size integer;

alter table rep_extracted_figure
    add column proposed_unit_code       varchar(20),
    add column proposed_unit_candidates varchar(2000);
