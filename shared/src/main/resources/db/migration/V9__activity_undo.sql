-- A household may take back its last report within a day (SMS "HUY"): the activities stay, marked
-- undone, so that what was reported and what was taken back are both kept.
ALTER TABLE activity ADD COLUMN undone_at TEXT;
