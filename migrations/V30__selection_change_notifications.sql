-- Every instance answers selections from its own copy of selection_catalog (docs/api.md "Freshness").
-- A committed change to any table that view reads, by whatever means (a sync, another instance, an
-- operator's psql), notifies channel registry_selection at commit; each instance LISTENs and reloads.
-- One notification per statement, not per row: a sync's batch update costs one reload, and PostgreSQL
-- folds identical notifications of one transaction into one.
CREATE OR REPLACE FUNCTION notify_selection_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('registry_selection', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER models_selection_change
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON models
    FOR EACH STATEMENT EXECUTE FUNCTION notify_selection_change();
CREATE TRIGGER providers_selection_change
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON providers
    FOR EACH STATEMENT EXECUTE FUNCTION notify_selection_change();
CREATE TRIGGER provider_health_selection_change
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON provider_health
    FOR EACH STATEMENT EXECUTE FUNCTION notify_selection_change();
CREATE TRIGGER self_hosted_models_selection_change
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON self_hosted_models
    FOR EACH STATEMENT EXECUTE FUNCTION notify_selection_change();
CREATE TRIGGER thermal_states_selection_change
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON thermal_states
    FOR EACH STATEMENT EXECUTE FUNCTION notify_selection_change();
