package org.gongkai.identity;

/**
 * Repeated failed sign-ins look like an attack (at most one event per account or address per
 * {@code gongkai.security.lockout.alarm-every}); the mail module tells the system administrators.
 *
 * @param kind {@code ACCOUNT_AND_ADDRESS} (one address guessing one account), {@code ADDRESS} (one address guessing
 * many accounts or tokens) or {@code ACCOUNT_DELAY} (one account guessed from many addresses)
 * @param username the account name tried, as typed; {@code null} for wrong API tokens
 * @param address the client address (IPv6 as its /64 network)
 * @param failures the failures counted so far
 */
public record LoginAttackSuspected(String kind, String username, String address, int failures) {
}
