package org.waymark.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.access.Action.ADMINISTER_PEOPLE;
import static org.waymark.access.Action.COMMENT;
import static org.waymark.access.Action.DELETE;
import static org.waymark.access.Action.EDIT;
import static org.waymark.access.Action.GRADE;
import static org.waymark.access.Action.READ_AUDIT_TRAIL;
import static org.waymark.access.Action.RUN_ASSESSMENT;
import static org.waymark.access.Action.RUN_AWARDS;
import static org.waymark.access.Action.RUN_SUBMISSIONS;
import static org.waymark.access.Action.DECLARE_CONFLICTS;
import static org.waymark.access.Action.SUBMIT;
import static org.waymark.access.Action.VIEW;
import static org.waymark.access.Action.VIEW_ALL_PORTFOLIOS;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RelationTests {

    @Test
    void theOwnerMayViewEditDeleteAndSubmitButNeitherCommentNorGrade() {
        assertThat(Relation.OWNER.allowed()).containsExactlyInAnyOrder(VIEW, EDIT, DELETE, SUBMIT);
    }

    @Test
    void aMentorMayViewAndCommentOnly() {
        assertThat(Relation.MENTOR.allowed()).containsExactlyInAnyOrder(VIEW, COMMENT);
        assertThat(Relation.MENTOR.allows(EDIT)).isFalse();
    }

    @Test
    void anAssessorMayViewAndGradeOnly() {
        assertThat(Relation.ASSESSOR.allowed()).containsExactlyInAnyOrder(VIEW, GRADE);
        assertThat(Relation.ASSESSOR.allows(COMMENT)).isFalse();
    }

    @Test
    void noRelationToOneObjectGivesTheRightToAdministerWaymark() {
        for (Relation relation : Relation.values()) {
            assertThat(relation.allowed()).noneMatch(Action::administrative);
        }
        assertThat(Arrays.stream(Action.values()).filter(Action::administrative))
                .containsExactlyInAnyOrder(ADMINISTER_PEOPLE, READ_AUDIT_TRAIL, VIEW_ALL_PORTFOLIOS, RUN_SUBMISSIONS,
                        RUN_ASSESSMENT, RUN_AWARDS);
        for (Relation relation : Relation.values()) {
            assertThat(relation.allows(DECLARE_CONFLICTS)).as("declaring conflicts comes with the assessor role, not a grant").isFalse();
        }
    }
}
