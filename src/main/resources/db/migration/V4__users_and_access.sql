-- Who may use the journal and on which projects (security/). Passwords are stored only as DelegatingPasswordEncoder
-- hashes ("{bcrypt}..."). Access is denied by default: a project leader or chef reads a project only when assigned
-- to it, a researcher only when the project is released for research; an administrator reads every project.
CREATE TABLE journal_user (
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT journal_user_pk PRIMARY KEY (username),
    CONSTRAINT journal_user_role_ck CHECK (role IN ('PROJEKTLEDER', 'CHEF', 'FORSKER', 'ADMIN'))
);

-- A project id need not name a project yet: an administrator may assign before the project is started.
CREATE TABLE project_assignment (
    username    VARCHAR(64) NOT NULL,
    project_id  VARCHAR(36) NOT NULL,
    assigned_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT project_assignment_pk PRIMARY KEY (username, project_id),
    CONSTRAINT project_assignment_user_fk FOREIGN KEY (username) REFERENCES journal_user (username) ON DELETE CASCADE
);
CREATE INDEX project_assignment_project_idx ON project_assignment (project_id);

CREATE TABLE research_release (
    project_id  VARCHAR(36) NOT NULL,
    released_by VARCHAR(64) NOT NULL,
    released_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT research_release_pk PRIMARY KEY (project_id)
);
