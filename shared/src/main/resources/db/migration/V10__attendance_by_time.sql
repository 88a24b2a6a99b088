-- The kiosk checks its clock against the newest check-in (a Pi without a clock battery may start
-- in the past) and exports check-ins by period: both read attendance by time.
CREATE INDEX attendance_by_time ON attendance (checked_in_at);
