package de.integrationsnetz.expertise;

/**
 * The arguments of {@code findExperts}, as the client sent them.
 *
 * @param topic topic id or name
 * @param language ISO 639-1 code, German or English name
 * @param targetGroup target group id or name
 * @param scope internal, external or all
 * @param department department id
 * @param organisation organisation id
 * @param network network id
 * @param first page size
 * @param after cursor
 */
record FindExpertsArguments(String topic, String language, String targetGroup, ExpertScope scope, String department,
		String organisation, String network, Integer first, String after) {
}
