-- ============================================================================
-- Admin edits (DESIGN.md §4.6): operators change catalog values over HTTP, each change with a reason, a
-- source of its own and an audit entry, never lost to a concurrent edit or to the next sync.
-- ============================================================================

-- Optimistic concurrency: a row's version is its ETag. It moves only when the row's content changes, so a
-- sync that merely marks a model as seen again (last_seen_at) does not turn every open edit form stale.
CREATE OR REPLACE FUNCTION bump_row_version() RETURNS trigger AS $$
BEGIN
    IF (to_jsonb(NEW) - 'updated_at' - 'last_seen_at' - 'version')
           IS DISTINCT FROM (to_jsonb(OLD) - 'updated_at' - 'last_seen_at' - 'version') THEN
        NEW.version := OLD.version + 1;
    ELSE
        NEW.version := OLD.version;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE models ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE self_hosted_models ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE providers ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

CREATE TRIGGER models_version BEFORE UPDATE ON models
    FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER self_hosted_models_version BEFORE UPDATE ON self_hosted_models
    FOR EACH ROW EXECUTE FUNCTION bump_row_version();
CREATE TRIGGER providers_version BEFORE UPDATE ON providers
    FOR EACH ROW EXECUTE FUNCTION bump_row_version();

-- Why an operator set a value (admin sources only): shown next to the value in the model detail.
ALTER TABLE model_field_sources ADD COLUMN reason TEXT;

-- A reason belongs to the admin value it explains: a reviewer's later decision that hands the field to
-- another source drops it.
CREATE OR REPLACE FUNCTION clear_non_admin_reason() RETURNS trigger AS $$
BEGIN
    IF NEW.source <> 'admin' THEN
        NEW.reason := NULL;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER model_field_sources_reason BEFORE INSERT OR UPDATE ON model_field_sources
    FOR EACH ROW EXECUTE FUNCTION clear_non_admin_reason();

-- Provenance of self-hosted values. No sync writes self_hosted_models (thermal state lives in
-- thermal_states), so a value without a row here is the seed's: curated.
CREATE TABLE self_hosted_field_sources (
    model_id    VARCHAR(100) NOT NULL REFERENCES self_hosted_models(model_id) ON DELETE CASCADE,
    field       VARCHAR(40)  NOT NULL,
    source      VARCHAR(20)  NOT NULL CHECK (source IN ('curated', 'admin')),
    value       JSONB,
    observed_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    reason      TEXT,
    PRIMARY KEY (model_id, field)
);

-- Every admin change and every review decision, newest first by (at, id). Written in the transaction of
-- the change itself (the edit statements; a trigger for review decisions), so no change goes unrecorded.
--   kind edit    an operator changed fields of a model or provider (changes: [{field, oldValue, newValue}])
--   kind create  an operator added a model (changes: every value it starts with, oldValue null)
--   kind review  an operator approved or rejected a review item
CREATE TABLE registry_audit (
    id          BIGSERIAL    PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    kind        VARCHAR(10)  NOT NULL CHECK (kind IN ('edit', 'create', 'review')),
    provider_id VARCHAR(50)  NOT NULL,
    -- the provider's model id (self-hosted: its model_id, provider self_hosted); NULL for a provider change
    model_id    VARCHAR(150),
    -- the registry id of the model (GET /admin/registry/models/{id}), when it is one
    registry_id TEXT,
    changes     JSONB        NOT NULL DEFAULT '[]',
    reason      TEXT,
    actor       VARCHAR(100)
);

CREATE INDEX idx_registry_audit_at ON registry_audit(at DESC, id DESC);
CREATE INDEX idx_registry_audit_model ON registry_audit(provider_id, model_id, at DESC);

-- A review decision is audited where it is made, whichever statement makes it. A pending item the sync
-- itself withdraws (decided_by 'sync': a held deprecation whose model is listed again) is no person's decision.
CREATE OR REPLACE FUNCTION audit_review_decision() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'pending' AND NEW.status <> 'pending' AND NEW.decided_by IS DISTINCT FROM 'sync' THEN
        INSERT INTO registry_audit (at, kind, provider_id, model_id, registry_id, changes, reason, actor)
        VALUES (COALESCE(NEW.decided_at, NOW()), 'review', NEW.provider_id, NEW.model_id,
                (SELECT m.id::text FROM models m WHERE m.provider_id = NEW.provider_id AND m.model_id = NEW.model_id),
                jsonb_build_array(jsonb_build_object('field', 'status', 'oldValue', 'pending', 'newValue', NEW.status,
                                                     'reviewId', NEW.id::text, 'reviewKind', NEW.kind))
                    || CASE WHEN NEW.status = 'approved' AND jsonb_typeof(NEW.discovered->'changes') = 'array'
                            THEN (SELECT COALESCE(jsonb_agg(jsonb_build_object('field', c->>'field',
                                                                              'oldValue', c->'oldValue',
                                                                              'newValue', c->'newValue')), '[]'::jsonb)
                                  FROM jsonb_array_elements(NEW.discovered->'changes') AS c)
                            ELSE '[]'::jsonb END,
                NEW.decision_note, NEW.decided_by);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER model_review_queue_audit AFTER UPDATE OF status ON model_review_queue
    FOR EACH ROW EXECUTE FUNCTION audit_review_decision();
