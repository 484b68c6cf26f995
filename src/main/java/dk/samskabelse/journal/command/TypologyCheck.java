package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.PERSPECTIVE_ACTOR_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.PERSPECTIVE_ACTOR_NOT_ALLOWED;
import static dk.samskabelse.journal.api.RejectionReason.PERSPECTIVE_ACTOR_NOT_PARTNER;
import static dk.samskabelse.journal.api.RejectionReason.RATIONALE_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.VALUE_OUT_OF_RANGE;
import static dk.samskabelse.journal.command.ProjectActors.present;
import static dk.samskabelse.journal.command.Texts.isBlank;
import static dk.samskabelse.journal.command.Texts.strip;

import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.TypologyPerspective;

/** The rules of a declared placement in the typology (seeds 001, 002; issue 13 for its perspective). */
final class TypologyCheck {

    private TypologyCheck() {}

    /** Both axes between -1 and +1, and a rationale. */
    static void checkPlacement(DeclareTypology command) {
        axisInRange(command.openness(), "openness");
        axisInRange(command.centrality(), "centrality");
        if (isBlank(command.rationale())) {
            throw new JournalRejection(RATIONALE_MISSING, "rationale", "A declared typology needs a rationale");
        }
    }

    /**
     * Whose placement it is (issue 13; seed 001: "Er de parter, der indgår i samskabelsen enige om, hvilken proces
     * det rent faktisk er, de er en del af?"). Only a partner's placement names an actor: the partner's
     * representative, an actor of the project present on that date, neither a commercial supplier (seed 002
     * excludes "rent kommercielle relationer") nor one of the municipality's own people, whose view the CHEF and
     * PROJEKTLEDER perspectives state. Any other perspective naming an actor is refused rather than the actor
     * silently dropped, so a client learns that its request meant something the journal does not record.
     */
    static String perspectiveActor(DeclareTypology command, ProjectActors actors) {
        String actorId = strip(command.actorId());
        if (command.perspective() != TypologyPerspective.PARTNER) {
            if (actorId != null) {
                throw new JournalRejection(
                        PERSPECTIVE_ACTOR_NOT_ALLOWED, "actorId", "Only a partner's placement names an actor");
            }
            return null;
        }
        if (actorId == null) {
            throw new JournalRejection(
                    PERSPECTIVE_ACTOR_MISSING, "actorId", "A partner's placement names the partner's representative");
        }
        ProjectActor actor = actors.known(actorId);
        if (actors.isCommercialSupplier(actorId) || !TypologyPerspective.canRepresentPartner(actor.kind())) {
            throw new JournalRejection(
                    PERSPECTIVE_ACTOR_NOT_PARTNER,
                    "actorId",
                    "Actor " + actorId + " is not a partner's representative",
                    actorId);
        }
        present(actor, command.effectiveOn(), "actorId");
        return actorId;
    }

    private static void axisInRange(double value, String field) {
        if (Double.isNaN(value) || value < -1.0 || value > 1.0) {
            throw new JournalRejection(VALUE_OUT_OF_RANGE, field, field + " must lie between -1 and 1", value);
        }
    }
}
