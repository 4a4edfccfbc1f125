-- One round trip per selection: the ranked primaries, the ready external alternative and the task
-- default (see migrations/V10__selection_candidates.sql). Parameters come from SelectionCriteriaParser.
SELECT *
FROM select_model_candidates(
    CAST(:#task AS VARCHAR),
    CAST(:#inputModalities AS TEXT[]),
    CAST(:#outputModalities AS TEXT[]),
    CAST(:#tenantTier AS INTEGER),
    CAST(:#preferHosting AS VARCHAR),
    CAST(:#requiredCapabilities AS TEXT[]),
    CAST(:#minContextWindow AS INTEGER),
    CAST(:#requireHipaa AS BOOLEAN),
    CAST(:#preferProviders AS TEXT[]),
    CAST(:#maxLatencyMs AS INTEGER),
    CAST(:#maxCostPerRequest AS NUMERIC),
    CAST(:#defaultModelId AS VARCHAR),
    CAST(:#limit AS INTEGER))
