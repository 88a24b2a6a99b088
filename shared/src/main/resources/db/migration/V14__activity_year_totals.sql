-- Every SMS report is answered with the household's total for the year, summed from its
-- activities: carry the count and the undo mark in the household index so that the sum reads the
-- index alone instead of visiting each activity's row.
DROP INDEX activity_by_household;
CREATE INDEX activity_by_household ON activity (household_id, reported_at, undone_at, count);
