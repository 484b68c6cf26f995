-- The journal instances on this database and when each was last seen alive (query/rebuild/SegmentBalancer), so
-- that the instances can share the projections' processor segments evenly.
CREATE TABLE journal_node (
    node_id      VARCHAR(255) NOT NULL,
    heartbeat_at BIGINT       NOT NULL,
    CONSTRAINT journal_node_pk PRIMARY KEY (node_id)
);
