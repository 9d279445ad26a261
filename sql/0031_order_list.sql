-- The order list (issue 17, ORD-01): found by the buyer's account as by the number or the phone.
CREATE INDEX orders_customer ON orders(customer);
