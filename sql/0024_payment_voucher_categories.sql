-- RULE FIN-01: a voucher names the budget category it spends, as the request behind it did, so a
-- voucher paid by bank transfer counts in its line's "paid" by month like a cash payment does.
-- Vouchers issued before this version have none and stay outside every line.
ALTER TABLE payment_vouchers ADD COLUMN category TEXT NOT NULL DEFAULT '';
-- Finding the journal line of a voucher paid from the cash box ("voucher N") without a scan.
CREATE INDEX cash_entries_source ON cash_entries(source);
