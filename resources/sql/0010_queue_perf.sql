-- 0010_queue_perf.sql
-- Queue and search statements are short OLTP queries whose cost estimates can still pass
-- jit_above_cost (a search over a million cases): JIT compilation then adds 50-200 ms to a
-- statement that runs in tens of milliseconds. Off for this database (every session, the
-- client's and the benchmark's raw one alike); a session may still turn it on.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;
