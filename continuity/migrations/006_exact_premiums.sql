-- Premiums and premium exposure keep every decimal place a customer's file gives
-- (a premium of 100.005 was stored as 100.01, and sums drifted from the exact figure).
ALTER TABLE policies ALTER annual_premium TYPE DECIMAL(38, 18);
ALTER TABLE patterns ALTER premium_exposure TYPE DECIMAL(38, 18);
