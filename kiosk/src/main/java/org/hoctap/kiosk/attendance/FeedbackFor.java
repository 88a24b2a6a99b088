package org.hoctap.kiosk.attendance;

import org.hoctap.hardware.feedback.FeedbackPattern;

/** What the buzzer and lights say of a check-in. */
public final class FeedbackFor {
    private FeedbackFor() {
    }

    public static FeedbackPattern outcome(CheckInOutcome outcome) {
        return switch (outcome) {
            case CheckInOutcome.CheckedIn done ->
                    done.alreadyCheckedIn() ? FeedbackPattern.ALREADY_CHECKED_IN : FeedbackPattern.SUCCESS;
            case CheckInOutcome.UnknownCard unknown -> FeedbackPattern.UNKNOWN_CARD;
            case CheckInOutcome.UnknownPerson unknown -> FeedbackPattern.ERROR;
            case CheckInOutcome.NoOpenSession none -> FeedbackPattern.ERROR;
            case CheckInOutcome.WrongClock wrong -> FeedbackPattern.ERROR;
        };
    }
}
