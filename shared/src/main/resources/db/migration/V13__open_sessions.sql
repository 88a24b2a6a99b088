-- Every check-in asks for the centre's open session; after years of daily classes a centre has
-- thousands of closed ones. Index only the open ones (usually one).
CREATE INDEX class_session_open ON class_session (centre_id, opened_at) WHERE closed_at IS NULL;
