-- 0009_index_per_year.sql
-- A registration index is "the surname's letter and a number within the calendar year"
-- (Instruction No. 348): К-1 comes back every January. Uniqueness is therefore per year of
-- receipt (Kyiv date), not for all time.

ALTER TABLE appeal ADD COLUMN reg_year int
    GENERATED ALWAYS AS (extract(year FROM (received_at AT TIME ZONE 'Europe/Kyiv'))::int) STORED;
ALTER TABLE appeal DROP CONSTRAINT appeal_reg_index_key;
CREATE UNIQUE INDEX appeal_reg_index_year_key ON appeal (reg_year, reg_index);
CREATE INDEX appeal_reg_index_idx ON appeal (reg_index, received_at);
COMMENT ON COLUMN appeal.reg_year IS 'Year of receipt in Kyiv: the registration index is unique within it';
