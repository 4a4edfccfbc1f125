-- Marks a running sync failed and writes its RegistrySyncFailed event in the same statement
-- (close_sync_as_failed, migration V90). Returns whether this call closed it.
SELECT close_sync_as_failed(CAST(:#${variable.sync[id]} AS uuid), :#${variable.failureReason}) AS closed
