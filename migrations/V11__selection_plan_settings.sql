-- ============================================================================
-- Planner settings of select_model_candidates() (V10), found by bench/select-load.sh.
-- V10 is already applied on shared databases, so they are added here rather than edited there.
-- ============================================================================

-- One plan per session: left to choose, PostgreSQL keeps re-planning the selection for every call
-- (custom plans, 1-2 ms of CPU each time) because its generic plan looks more expensive on paper;
-- that generic plan is the one wanted, as its shape does not depend on the criteria.
ALTER FUNCTION select_model_candidates(VARCHAR, TEXT[], TEXT[], INTEGER, VARCHAR, TEXT[], INTEGER, BOOLEAN,
                                       TEXT[], INTEGER, NUMERIC, VARCHAR, INTEGER)
    SET plan_cache_mode = force_generic_plan;

-- With bitmap scans the planner (which expects about one match per provider) fetches every model of
-- the task of each provider and sorts them; the ordered index scan it uses instead stops after p_limit
-- matches per provider.
ALTER FUNCTION select_model_candidates(VARCHAR, TEXT[], TEXT[], INTEGER, VARCHAR, TEXT[], INTEGER, BOOLEAN,
                                       TEXT[], INTEGER, NUMERIC, VARCHAR, INTEGER)
    SET enable_bitmapscan = off;
