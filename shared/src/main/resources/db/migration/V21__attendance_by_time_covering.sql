-- The check-in export reads a million check-ins in time order: with what each row needs in the time
-- index itself (session, person, method), it reads along that one index instead of looking up every
-- row in the table as well. A check-in still writes one index entry, only a longer one.
DROP INDEX attendance_by_time;
CREATE INDEX attendance_by_time ON attendance (checked_in_at, session_id, person_id, method);
