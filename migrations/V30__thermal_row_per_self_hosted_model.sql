-- ============================================================================
-- Every self-hosted model has exactly one thermal_states row (design 2), not only the 56 seeded by V3:
-- a model inserted later gets its row, in its default thermal state, in the same transaction. The
-- thermal sync can then read models and thermal rows with an inner join and never meets a model it
-- cannot record.
-- ============================================================================

CREATE OR REPLACE FUNCTION create_thermal_state_row()
RETURNS TRIGGER AS $$
BEGIN
    INSERT INTO thermal_states (model_id, current_state, is_transitioning)
    VALUES (NEW.model_id, NEW.default_thermal_state, false)
    ON CONFLICT (model_id) DO NOTHING;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER create_thermal_state_row_after_insert
    AFTER INSERT ON self_hosted_models
    FOR EACH ROW EXECUTE FUNCTION create_thermal_state_row();

-- Rows that might be missing already (models inserted between V3 and this migration).
INSERT INTO thermal_states (model_id, current_state, is_transitioning)
SELECT sh.model_id, sh.default_thermal_state, false
FROM self_hosted_models sh
ON CONFLICT (model_id) DO NOTHING;
