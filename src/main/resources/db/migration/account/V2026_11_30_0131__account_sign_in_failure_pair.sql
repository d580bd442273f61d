-- The throttle counts failures per account-and-address pair as well as per account and per address.
CREATE INDEX sign_in_failure_pair_idx ON sign_in_failure (email, address, failed_at);
