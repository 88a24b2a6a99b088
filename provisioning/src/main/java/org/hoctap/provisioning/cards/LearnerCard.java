package org.hoctap.provisioning.cards;

/** What a learner's card shows: the name, the household's code and the member's number, the village and centre. */
record LearnerCard(String name, String household, int member, String village, String centre) {
    /** What staff type to find the learner: the household's code and the member's number, e.g. QC0042-2. */
    String code() {
        return household + "-" + member;
    }
}
