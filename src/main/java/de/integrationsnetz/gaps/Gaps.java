package de.integrationsnetz.gaps;

/**
 * The value of {@code gaps}: an empty marker. Each field of the GraphQL type {@code Gaps}
 * is resolved by its own query in {@link GapsController}, only when it is asked for.
 */
record Gaps() {

}
