package org.hoctap.shared.titles;

/** The learning-model titles ("Gia đình / Dòng họ / Cộng đồng / Đơn vị / Công dân học tập"), and who registers for each. */
public enum TitleKind {
    /** Gia đình học tập: a household. */
    FAMILY(Registrant.HOUSEHOLD),
    /** Dòng họ học tập: a clan, named, in a village. */
    CLAN(Registrant.NAMED_GROUP),
    /** Cộng đồng học tập at village level: a village. */
    COMMUNITY(Registrant.VILLAGE),
    /** Đơn vị học tập: a unit (an office, a school, a cooperative), named. */
    UNIT(Registrant.NAMED_GROUP),
    /** Công dân học tập: a person. */
    CITIZEN(Registrant.PERSON);

    /** What kind of thing registers for a title. */
    public enum Registrant {
        HOUSEHOLD, PERSON, VILLAGE, NAMED_GROUP
    }

    private final Registrant registrant;

    TitleKind(Registrant registrant) {
        this.registrant = registrant;
    }

    public Registrant registrant() {
        return registrant;
    }
}
