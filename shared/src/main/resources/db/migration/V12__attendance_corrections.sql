-- Check-ins are never edited: a mistaken one is corrected by a record that removes it, and a removal
-- made by mistake by one that restores it. The newest correction of a check-in decides.
CREATE TABLE attendance_correction (
    id             TEXT PRIMARY KEY,
    attendance_id  TEXT NOT NULL REFERENCES attendance (id),
    action         TEXT NOT NULL CHECK (action IN ('REMOVE', 'RESTORE')),
    reason         TEXT NOT NULL DEFAULT '',
    staff          TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);
CREATE INDEX attendance_correction_by_attendance ON attendance_correction (attendance_id, recorded_at);

-- The check-ins that do not count: their newest correction removed them.
CREATE VIEW attendance_removed AS
SELECT k.attendance_id
FROM attendance_correction k
WHERE k.action = 'REMOVE'
  AND NOT EXISTS (SELECT 1 FROM attendance_correction later
                  WHERE later.attendance_id = k.attendance_id
                    AND (later.recorded_at, later.id) > (k.recorded_at, k.id));

