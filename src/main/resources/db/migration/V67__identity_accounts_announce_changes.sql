-- Accounts read for login are kept between requests (identity.internal.AccountCache) until the database
-- announces a change to an account, its roles or the units: every such change notifies the channel
-- 'doanket_accounts' when it commits, and each instance then forgets the accounts it kept.
create function identity_announce_account_change() returns trigger language plpgsql as $$
begin
    -- notifications of one transaction with the same payload are delivered once
    perform pg_notify('doanket_accounts', '');
    return null;
end
$$;

-- per row: an update that matches no row (a reset of a counter already at zero) announces nothing
create trigger identity_account_announce after insert or update or delete on identity_account
    for each row execute function identity_announce_account_change();
create trigger identity_account_announce_truncate after truncate on identity_account
    for each statement execute function identity_announce_account_change();
create trigger identity_account_role_announce after insert or update or delete on identity_account_role
    for each row execute function identity_announce_account_change();
create trigger identity_account_role_announce_truncate after truncate on identity_account_role
    for each statement execute function identity_announce_account_change();

-- per statement: a hierarchy load changes a hundred thousand units at once, and a kept account holds
-- its home unit's code, name and path; a unit added changes no account's
create trigger org_unit_announce_account_change after update or delete or truncate on org_unit
    for each statement execute function identity_announce_account_change();
