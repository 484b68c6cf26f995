package dk.samskabelse.journal.security;

import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.RecordingMetadata;
import dk.samskabelse.journal.config.DemoMode;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * The project leader or chef who starts a project is assigned to it. The processing group is subscribing
 * (application.yml), so this runs inside the unit of work of the StartProject command, in its database
 * transaction: the project and its first assignment are stored together or not at all. In demo mode a project
 * started by the demo leader is also released for research, so that the demo researcher sees it.
 */
@Component
@ProcessingGroup(ProjectStarterAccess.GROUP)
class ProjectStarterAccess {

    static final String GROUP = "project-access";

    private final UserAccounts accounts;
    private final DemoMode demoMode;

    ProjectStarterAccess(UserAccounts accounts, DemoMode demoMode) {
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @EventHandler
    void on(ProjectStarted started, @MetaDataValue(RecordingMetadata.RECORDED_BY) String recordedBy) {
        Optional<UserAccounts.UserSummary> starter = recordedBy == null ? Optional.empty() : accounts.user(recordedBy);
        if (starter.isEmpty() || !starter.get().enabled()) {
            return;
        }
        UserRole role = starter.get().role();
        if (role == UserRole.PROJEKTLEDER || role == UserRole.CHEF) {
            accounts.assign(starter.get().username(), started.projectId());
        }
        if (demoMode.enabled() && starter.get().username().equals(InitialUsers.DEMO_LEADER)) {
            accounts.releaseForResearch(started.projectId());
        }
    }
}
